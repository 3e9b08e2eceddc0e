import Foundation
import SiteGenCore

/// One Markdown file of `content/`.
struct ContentSource: Sendable, Hashable {
    /// Path below `content/` with `/` separators: `news/2024-05-01-oven.md`.
    var relativePath: String
    var url: URL
    /// The path shown in messages.
    var displayPath: String
    /// Where the page is in its language's edition of the site: the folder
    /// of the language in front, and without the language before `.md`
    /// (`en/news/oven.md` for `news/oven.en.md`). The same as
    /// `relativePath` on a site in one language and for the default one.
    var editionPath: String
    /// The language the file's name gives (`en` for `contact.en.md`), or nil.
    var language: String? = nil

    init(relativePath: String, url: URL, displayPath: String) {
        self.relativePath = relativePath
        self.url = url
        self.displayPath = displayPath
        editionPath = relativePath
    }

    var folder: String {
        guard let slash = relativePath.lastIndex(of: "/") else { return "" }
        return String(relativePath[..<slash])
    }

    var fileName: String {
        relativePath.split(separator: "/").last.map(String.init) ?? relativePath
    }

    /// The folder of the page in its language's edition (`en/news`).
    var editionFolder: String {
        guard let slash = editionPath.lastIndex(of: "/") else { return "" }
        return String(editionPath[..<slash])
    }

    /// `oven.md` for `news/oven.en.md`.
    var editionFileName: String {
        editionPath.split(separator: "/").last.map(String.init) ?? editionPath
    }

    var isIndex: Bool { editionFileName == "index.md" }

    func location(line: Int = 1, column: Int = 1) -> SourceLocation {
        SourceLocation(file: displayPath, line: line, column: column)
    }
}

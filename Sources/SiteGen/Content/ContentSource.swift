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

    // The paths are cut at their last `/` through the UTF-8 view: a
    // search by `Character` (grapheme breaking) and a `split` for every file
    // of a large site were most of the preview's feed checks.
    var folder: String { Self.folder(of: relativePath) }

    var fileName: String { Self.name(of: relativePath) }

    /// The folder of the page in its language's edition (`en/news`).
    var editionFolder: String { Self.folder(of: editionPath) }

    /// `oven.md` for `news/oven.en.md`.
    var editionFileName: String { Self.name(of: editionPath) }

    var isIndex: Bool { editionPath == "index.md" || editionPath.hasSuffix("/index.md") }

    private static func folder(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(path[..<slash])
    }

    private static func name(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return path }
        return String(path[path.utf8.index(after: slash)...])
    }

    func location(line: Int = 1, column: Int = 1) -> SourceLocation {
        SourceLocation(file: displayPath, line: line, column: column)
    }
}

import Foundation
import SiteGenCore

/// One Markdown file of `content/`.
struct ContentSource: Sendable, Hashable {
    /// Path below `content/` with `/` separators: `news/2024-05-01-oven.md`.
    var relativePath: String
    var url: URL
    /// The path shown in messages.
    var displayPath: String

    var folder: String {
        guard let slash = relativePath.lastIndex(of: "/") else { return "" }
        return String(relativePath[..<slash])
    }

    var fileName: String {
        relativePath.split(separator: "/").last.map(String.init) ?? relativePath
    }

    var isIndex: Bool { fileName == "index.md" }

    func location(line: Int = 1, column: Int = 1) -> SourceLocation {
        SourceLocation(file: displayPath, line: line, column: column)
    }
}

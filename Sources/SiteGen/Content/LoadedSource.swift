import SiteGenCore

/// A Markdown file of `content/` with its front matter read.
struct LoadedSource: Sendable {
    var source: ContentSource
    var frontMatter: FrontMatter
    var body: String
    var bodyLineOffset: Int
    /// What was wrong but could be mended when reading (control characters removed).
    var warnings: [Diagnostic] = []
}

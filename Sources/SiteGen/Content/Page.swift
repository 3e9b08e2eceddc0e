import SiteGenCore

/// One page of the built site: a Markdown file, or the list page of a folder
/// that has no `index.md`.
struct Page: Sendable {
    enum Kind: Sendable {
        case home
        /// A folder's list page, with its `index.md` when there is one.
        case section
        case page
    }

    var kind: Kind
    /// `nil` for a list page made for a folder without `index.md`.
    var source: ContentSource?
    var frontMatter: FrontMatter
    var body: String
    var bodyLineOffset: Int
    /// The folder below `content/` this page lists (sections and home) or lives in (pages).
    var folder: String
    var title: String
    var date: ContentDate?
    /// `/news/new-oven/`, without the base URL's path.
    var sitePath: String
    /// `news/new-oven/index.html`
    var outputPath: String
    var templateName: String
    /// The code of the language the page is in (`fr`): its edition of the site.
    var language: String
    /// What pairs the page with its translations: `translation_key:`, else
    /// its path in its edition (`a-propos`, `news/`), the same for every language.
    var translationKey: String

    var weight: Int { frontMatter.weight ?? 0 }

    /// A dated post (not a list page): marked up as an h-entry, described
    /// as a posting in JSON-LD, and listed in its section's feed.
    var isEntry: Bool { kind == .page && date != nil }

    /// Where to point a message about the page as a whole.
    var location: SourceLocation {
        source?.location() ?? SourceLocation(file: "content/\(folder)")
    }
}

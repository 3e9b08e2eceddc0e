/// Where sitegen publishes the pages it makes itself: `/links/` and
/// `/press/`, or where `slug:` in `content/links.md` or `content/press.md`
/// moves them (`slug: pers` → `/pers/`), so that a site in Dutch has its
/// press page at a Dutch address, with its feed beside it, and the old
/// address redirecting. Read from the sources, before the plan exists, as
/// the press feed claims its file before the pages are planned. Each
/// language of a site has its own (`/en/links/`, moved by `links.en.md`).
struct BuiltInAddresses: Sendable, Equatable {
    var links = Self.defaultLinks
    var press = Self.defaultPress

    static let defaultLinks = "/links/"
    static let defaultPress = "/press/"

    /// `/press/feed.xml`, or `/pers/feed.xml` beside a moved press page.
    var pressFeed: String { press + "feed.xml" }

    init() {}

    init(sources: [LoadedSource], language: SiteLanguage = SiteLanguage(code: "", isDefault: true)) {
        let prefix = language.pathPrefix
        links = Self.address(of: Self.sourceFile("links.md", language), in: sources, prefix: prefix) ?? prefix + Self.defaultLinks
        press = Self.address(of: Self.sourceFile("press.md", language), in: sources, prefix: prefix) ?? prefix + Self.defaultPress
    }

    /// `links.md`, or `en/links.md` (the file `links.en.md`) for English on a French site.
    static func sourceFile(_ name: String, _ language: SiteLanguage) -> String {
        language.isDefault ? name : language.folder + "/" + name
    }

    /// The address `slug:` gives the page of `content/<file>`, when it gives
    /// a valid one (an invalid slug is an error of the planner).
    private static func address(of file: String, in sources: [LoadedSource], prefix: String) -> String? {
        guard let source = sources.first(where: { $0.source.editionPath == file }), let slug = source.frontMatter.slug,
            SitePlanner.slugProblem(slug) == nil
        else { return nil }
        return prefix + "/" + slug + "/"
    }
}

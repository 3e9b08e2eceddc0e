/// Where sitegen publishes the pages it makes itself: `/links/` and
/// `/press/`, or where `slug:` in `content/links.md` or `content/press.md`
/// moves them (`slug: pers` → `/pers/`), so that a site in Dutch has its
/// press page at a Dutch address, with its feed beside it, and the old
/// address redirecting. Read from the sources, before the plan exists, as
/// the press feed claims its file before the pages are planned.
struct BuiltInAddresses: Sendable, Equatable {
    var links = Self.defaultLinks
    var press = Self.defaultPress

    static let defaultLinks = "/links/"
    static let defaultPress = "/press/"

    /// `/press/feed.xml`, or `/pers/feed.xml` beside a moved press page.
    var pressFeed: String { press + "feed.xml" }

    init() {}

    init(sources: [LoadedSource]) {
        links = Self.address(of: "links.md", in: sources) ?? Self.defaultLinks
        press = Self.address(of: "press.md", in: sources) ?? Self.defaultPress
    }

    /// The address `slug:` gives the page of `content/<file>`, when it gives
    /// a valid one (an invalid slug is an error of the planner).
    private static func address(of file: String, in sources: [LoadedSource]) -> String? {
        guard let source = sources.first(where: { $0.source.relativePath == file }), let slug = source.frontMatter.slug,
            SitePlanner.slugProblem(slug) == nil
        else { return nil }
        return "/" + slug + "/"
    }
}

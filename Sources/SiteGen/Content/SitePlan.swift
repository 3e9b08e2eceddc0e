/// Every page of the site with its URL and output file, the sections, the
/// menus and the redirects: everything known before any page is rendered.
struct SitePlan: Sendable {
    var pages: [Page]
    var sections: [String: Section]
    var mainMenu: [Int]
    var footerMenu: [Int]
    var redirects: [Redirect]
    /// Site path of every page by its file below `content/`, for `.md` links.
    var pathsBySource: [String: String]
    /// Files below `content/` left out because they are drafts.
    var draftSources: Set<String>
    /// The dated pages of the news section, newest first, at most `SitePlan.feedLength`.
    var newsFeed: [Int]
    /// Static files to copy, by output path.
    var staticFiles: [String]
    /// Things worth telling the owner that do not stop the build.
    var warnings: [Diagnostic]

    static let feedLength = 20

    struct Redirect: Sendable {
        var outputPath: String
        var targetPage: Int
    }

    /// Pages that are not list pages, which can be rendered in any order.
    var leafPages: [Int] { pages.indices.filter { pages[$0].kind == .page } }
    var listPages: [Int] { pages.indices.filter { pages[$0].kind != .page } }
}

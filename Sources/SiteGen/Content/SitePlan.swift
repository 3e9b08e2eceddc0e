import SiteGenCore

/// Every page of the site with its URL and output file, the sections, the
/// menus and the redirects: everything known before any page is rendered.
struct SitePlan: Sendable {
    var pages: [Page]
    var sections: [String: Section]
    var mainMenu: [PageID]
    var footerMenu: [PageID]
    var redirects: [Redirect]
    /// Site path of every page by its file below `content/`, for `.md` links.
    var pathsBySource: [String: String]
    /// Files below `content/` left out because they are drafts.
    var draftSources: Set<String>
    /// The dated pages of the news section, newest first, at most `SitePlan.feedLength`.
    var newsFeed: [PageID]
    /// The feeds of the other sections with dated posts, by folder.
    var sectionFeeds: [SectionFeed] = []
    /// Static files to copy, by output path.
    var staticFiles: [String]
    /// Every file the build writes (pages, redirects, static files and what
    /// the generators claim), relative to the output folder: what a link or
    /// an image of a page may name.
    var outputPaths: Set<String> = []
    /// Where the links and press pages are.
    var builtInAddresses = BuiltInAddresses()
    /// Things worth telling the owner that do not stop the build.
    var warnings: [Diagnostic]

    static let feedLength = 20

    struct Redirect: Sendable {
        var outputPath: String
        var targetPage: PageID
    }

    subscript(id: PageID) -> Page {
        get { pages[id.position] }
        set { pages[id.position] = newValue }
    }

    var pageIDs: [PageID] { pages.indices.map(PageID.init) }
    /// Pages that are not list pages, which can be rendered in any order.
    var leafPages: [PageID] { pageIDs.filter { self[$0].kind == .page } }
    var listPages: [PageID] { pageIDs.filter { self[$0].kind != .page } }

    /// The feed of the section in `folder`, when it has one of its own.
    func sectionFeed(ofFolder folder: String) -> SectionFeed? {
        sectionFeeds.first { $0.folder == folder }
    }

    /// Every page that a feed carries, whose full text the renderer keeps.
    var feedPages: Set<PageID> { Set(newsFeed + sectionFeeds.flatMap(\.entries)) }

    /// The page of a file below `content/` (`news/new-oven.md`).
    func page(source relativePath: String) -> PageID? {
        pages.firstIndex { $0.source?.relativePath == relativePath }.map(PageID.init)
    }
}

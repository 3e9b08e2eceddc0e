import SiteGenCore

/// Every page of the site with its URL and output file, the sections, the
/// menus and the redirects: everything known before any page is rendered.
struct SitePlan: Sendable {
    var pages: [Page]
    var sections: [String: Section]
    /// Each language's home page, menus and news feed; the default language first.
    var editions: [PlanEdition]
    var redirects: [Redirect]
    /// Site path of every page by its file below `content/`, for `.md` links.
    var pathsBySource: [String: String]
    /// Files below `content/` left out because they are drafts.
    var draftSources: Set<String>
    /// The feeds of the other sections with dated posts, by folder.
    var sectionFeeds: [SectionFeed] = []
    /// Static files to copy, by output path.
    var staticFiles: [String]
    /// Every file the build writes (pages, redirects, static files and what
    /// the generators claim), relative to the output folder: what a link or
    /// an image of a page may name.
    var outputPaths: Set<String> = []
    /// On a site in several languages, the translations of each page that
    /// has some, itself included, in the order of site.yml's `languages:`.
    var translations: [PageID: [PageID]] = [:]
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
    var feedPages: Set<PageID> { Set(editions.flatMap(\.newsFeed) + sectionFeeds.flatMap(\.entries)) }

    /// The default language's edition: on a site in one language, the only one.
    var defaultEdition: PlanEdition { editions[0] }

    /// The edition the page is in.
    func edition(of id: PageID) -> PlanEdition {
        editions.first { $0.language.code == self[id].language } ?? editions[0]
    }

    /// For links between pages: the address of each translation of a page,
    /// by the page's file below `content/` and the translation's language.
    var translatedPaths: [String: [String: String]] {
        var paths: [String: [String: String]] = [:]
        for (id, group) in translations {
            guard let file = self[id].source?.relativePath else { continue }
            for member in group { paths[file, default: [:]][self[member].language] = self[member].sitePath }
        }
        return paths
    }

    /// The page and its translations, in the order of the site's languages;
    /// the page alone when it has none.
    func translationGroup(of id: PageID) -> [PageID] {
        translations[id] ?? [id]
    }

    /// The page of a file below `content/` (`news/new-oven.md`).
    func page(source relativePath: String) -> PageID? {
        pages.firstIndex { $0.source?.relativePath == relativePath }.map(PageID.init)
    }
}

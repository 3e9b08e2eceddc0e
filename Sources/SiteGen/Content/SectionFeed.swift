/// The Atom feed of one section: its latest dated posts, drafts never, at
/// an address of its own (`/posts/feed.xml`), or the site's `/feed.xml`
/// for the news section.
struct SectionFeed: Sendable, Equatable {
    /// The folder below `content/` whose posts it carries.
    var folder: String
    /// `/posts/feed.xml`, without the base URL's path.
    var sitePath: String
    /// Newest first, at most `SitePlan.feedLength`.
    var entries: [PageID]

    var outputPath: String { String(sitePath.dropFirst()) }

    /// `/posts/feed.xml` for the folder `posts`.
    static func sitePath(ofFolder folder: String) -> String {
        SitePlanner.sitePath(ofFolder: folder) + "feed.xml"
    }

    /// `posts/feed.xml`, relative to the output folder.
    static func outputPath(ofFolder folder: String) -> String {
        String(sitePath(ofFolder: folder).dropFirst())
    }

    /// The folders that may have a feed of their own, from the files alone
    /// (before any page is planned, to claim their paths): every folder but
    /// the home pages' and the news sections (whose feed is `/feed.xml`, or
    /// `/en/feed.xml` for another language) that holds a dated page, a draft or not.
    static func candidateFolders(_ sources: [LoadedSource], config: SiteConfig) -> Set<String> {
        let excluded = Set(config.languages.flatMap { [$0.folder, $0.editionFolder(config.newsSection)] })
        var folders: Set<String> = []
        for loaded in sources where !loaded.source.isIndex {
            let folder = loaded.source.editionFolder
            // Once a folder is in, its other files need no look (the preview asks at every rebuild).
            guard !excluded.contains(folder), !folders.contains(folder) else { continue }
            let isDated = loaded.frontMatter.date != nil || SitePlanner.datePrefix(of: String(loaded.source.editionFileName.dropLast(3))) != nil
            if isDated { folders.insert(folder) }
        }
        return folders
    }
}

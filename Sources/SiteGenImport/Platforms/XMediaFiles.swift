/// Where an X archive keeps a tweet's photos and videos: in
/// `data/tweets_media/` (`data/tweet_media/` in older archives), each file
/// named after the tweet's id, a hyphen and the platform's own file name.
/// A split archive unpacked part by part may keep them in another part's
/// folder, so a name is also looked up in any media folder of the export.
struct XMediaFiles {
    private static let folderNames: Set<Substring> = ["tweets_media", "tweet_media"]
    /// The media folders next to the tweets files, in order of preference.
    private let folders: [String]
    private let listing: ExportListing
    /// The files of every media folder, by name.
    private let byName: [String: [String]]
    /// The same files by the tweet id their name starts with, for videos
    /// whose file the tweet does not name.
    private let byTweet: [String: [String]]

    /// `dataFolders` holds the folders of the tweets files (`data`, `export/data`).
    init(listing: ExportListing, dataFolders: [String]) {
        self.listing = listing
        var folders: [String] = []
        for data in dataFolders {
            for name in ["tweets_media", "tweet_media"] where !folders.contains(data + "/" + name) { folders.append(data + "/" + name) }
        }
        self.folders = folders
        var byName: [String: [String]] = [:]
        var byTweet: [String: [String]] = [:]
        for path in listing.sizes.keys {
            let parts = path.split(separator: "/")
            guard parts.count >= 2, Self.folderNames.contains(parts[parts.count - 2]), let name = parts.last else { continue }
            byName[String(name), default: []].append(path)
            if let hyphen = name.firstIndex(of: "-") { byTweet[String(name[..<hyphen]), default: []].append(path) }
        }
        self.byName = byName
        self.byTweet = byTweet.mapValues { $0.sorted() }
    }

    /// The file of a tweet's photo or video. When the archive lacks it, the
    /// path it should have had, so that the import reports it missing; nil
    /// only for a video the tweet does not name and no file answers for.
    func path(of entity: XMediaEntity, tweetID: String, excluding taken: Set<String>) -> String? {
        if let fileName = entity.fileName {
            let name = tweetID + "-" + fileName
            if let path = folders.lazy.map({ $0 + "/" + name }).first(where: listing.contains) { return path }
            if let elsewhere = byName[name], elsewhere.count == 1 { return elsewhere[0] }
            if entity.kind == .photo { return folders.first.map { $0 + "/" + name } }
        }
        // Older archives name videos differently from their best version.
        let videos = (byTweet[tweetID] ?? []).filter { $0.hasSuffix(".mp4") && !taken.contains($0) }
        if let video = videos.first { return video }
        return entity.fileName.flatMap { fileName in folders.first.map { $0 + "/" + tweetID + "-" + fileName } }
    }
}

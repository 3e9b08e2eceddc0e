import SiteGen

/// An X (Twitter) archive: the tweets in `data/tweets.js` (`tweet.js` in
/// older archives, `tweets-part1.js`… when split), the username in
/// `data/account.js`. The key of a tweet is its `id_str`.
///
/// Public only: retweets, replies to other accounts (unless asked for),
/// Twitter Circle tweets, and every tweet of an account that was ever
/// protected are left out.
struct XExport: ExportFormat {
    let platform = ImportPlatform.x
    /// Also import replies to other accounts (`--include-replies`); replies to
    /// oneself, the tweets of a thread, always are.
    var includeReplies: Bool

    init(includeReplies: Bool = false) {
        self.includeReplies = includeReplies
    }

    init(options: ImportOptions) {
        self.init(includeReplies: options.includeReplies)
    }

    var postPaths: [String] { ["data/tweets.js", "data/tweet.js", "data/tweets-part1.js"] }

    func isDocument(_ path: String) -> Bool {
        XArchiveFile(path: path) != nil
    }

    func read(_ listing: ExportListing) throws -> ExportReading {
        let documents = listing.documents.keys.sorted()
        func files(_ kind: XArchiveFile) -> [String] { documents.filter { XArchiveFile(path: $0) == kind } }
        func items(_ path: String, wrapper: String) throws -> [[String: Any]] {
            try XScript.items(listing.documents[path]!, path: path, wrapper: wrapper)
        }
        let tweetFiles = files(.tweets)
        guard !tweetFiles.isEmpty else {
            throw ImportError.postsNotFound(platform, tried: postPaths, looksLike: ExportDetection.guess(listing.sizes.keys))
        }

        var reading = ExportReading()
        let account = try files(.account).first.map { XAccount(try items($0, wrapper: "account")) }
        if let username = account?.username {
            reading.account = ExportAccount(address: "https://x.com/\(username)", username: username)
        }
        var circleIDs: Set<String> = []
        for path in files(.circleTweets) {
            for tweet in try items(path, wrapper: "tweet") {
                if let id = JSONValue.string(tweet["id_str"]) ?? JSONValue.string(tweet["tweetId"]) { circleIDs.insert(id) }
            }
        }
        // Each entry is a change to or from protected; any entry means the
        // tweets were hidden from the public for a while, and the archive
        // does not say which ones.
        let wasProtected = try files(.protectedHistory).contains { try !items($0, wrapper: "protectedHistory").isEmpty }

        let timestamp = XTimestamp()
        var tweets: [XTweet] = []
        var seen: Set<String> = []
        var unreadable = 0
        for path in tweetFiles {
            for item in try items(path, wrapper: "tweet") {
                guard let tweet = XTweet(item, timestamp: timestamp) else {
                    unreadable += 1
                    continue
                }
                // The same tweet twice (two copies of a part) is one tweet.
                if seen.insert(tweet.id).inserted { tweets.append(tweet) }
            }
        }
        if wasProtected {
            reading.skip(.notPublic, tweets.count + unreadable)
            reading.notes.append(
                "this account's tweets were protected (shown to approved followers only) for some time, according to the export's protected-history.js, and the export does not say which tweets were public; nothing was imported"
            )
            return reading
        }
        if unreadable > 0 { reading.skip(.empty, unreadable) }

        let thread = XThread(tweets: tweets, account: account)
        let media = XMediaFiles(listing: listing, dataFolders: tweetFiles.map { ExportFiles.root(of: $0, dropping: 1) })
        for tweet in tweets {
            if circleIDs.contains(tweet.id) {
                reading.skip(.notPublic)
            } else if tweet.isRetweet {
                reading.skip(.repost)
            } else if tweet.replyToStatusID != nil, !includeReplies, !thread.isOwnThread(tweet) {
                reading.skip(.reply)
            } else if let post = post(tweet, username: account?.username, media: media) {
                reading.posts.append(post)
            } else {
                reading.skip(.empty)
            }
        }
        return reading
    }

    private func post(_ tweet: XTweet, username: String?, media files: XMediaFiles) -> ImportedPost? {
        let text = tweet.plainText
        var taken: Set<String> = []
        var media: [ImportedMedia] = []
        for entity in tweet.media {
            guard let path = files.path(of: entity, tweetID: tweet.id, excluding: taken), taken.insert(path).inserted else { continue }
            media.append(ImportedMedia(origin: .export(path), kind: entity.kind == .photo ? .photo : .video, alt: entity.alt))
        }
        guard !text.isEmpty || !media.isEmpty else { return nil }
        var tags: [String] = []
        var seenTags: Set<String> = []
        for tag in tweet.hashtags.isEmpty ? Hashtags.tags(in: text) : tweet.hashtags where seenTags.insert(tag.lowercased()).inserted {
            tags.append(tag)
        }
        let address = username.map { "https://x.com/\($0)/status/\(tweet.id)" } ?? "https://x.com/i/web/status/\(tweet.id)"
        return ImportedPost(
            platform: .x,
            key: tweet.id,
            published: tweet.published,
            markdown: SocialText.markdown(text) { XAccount.isUsername($0) ? "https://x.com/\($0)" : nil },
            plainText: text,
            originals: [address],
            tags: tags,
            media: media)
    }
}

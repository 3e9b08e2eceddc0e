import Foundation
import SiteGen

/// Instagram's "Download your information" in JSON. The posts files moved
/// between years (`content/posts_1.json` before 2024,
/// `your_instagram_activity/content/` in 2024, `…/media/` from 2025) and are
/// split in `posts_N.json`; reels have their own file. Posts have no id and
/// no address: the key is a hash of the time and the media names, and the
/// page links to the profile rather than to the post.
///
/// Public only: the profile file says whether the account is private; when
/// the owner left it out of the download, the posts become drafts to review.
struct InstagramExport: ExportFormat {
    let platform = ImportPlatform.instagram

    var postPaths: [String] {
        [
            "content/posts_1.json", "your_instagram_activity/content/posts_1.json", "your_instagram_activity/media/posts_1.json",
            "your_activity_across_facebook/content/posts_1.json",
        ]
    }

    private static let postFolders: Set<String> = ["content", "media"]

    func isDocument(_ path: String) -> Bool {
        isPostsFile(path) || isReelsFile(path) || isProfileFile(path)
    }

    private func isPostsFile(_ path: String) -> Bool {
        let parts = path.split(separator: "/")
        guard let name = parts.last, parts.count >= 2, Self.postFolders.contains(String(parts[parts.count - 2])) else { return false }
        guard name.hasPrefix("posts"), name.hasSuffix(".json") else { return false }
        let middle = name.dropFirst("posts".count).dropLast(".json".count)
        return middle.isEmpty || middle.first == "_" && middle.dropFirst().allSatisfy(\.isNumber) && middle.count > 1
    }

    private func isReelsFile(_ path: String) -> Bool {
        let parts = path.split(separator: "/")
        return parts.last == "reels.json" && parts.count >= 2 && Self.postFolders.contains(String(parts[parts.count - 2]))
    }

    private func isProfileFile(_ path: String) -> Bool {
        path.split(separator: "/").last == "personal_information.json"
    }

    func read(_ listing: ExportListing) throws -> ExportReading {
        let postFiles = listing.documents.keys.filter { isPostsFile($0) || isReelsFile($0) }.sorted()
        guard let first = postFiles.first(where: isPostsFile) ?? postFiles.first else {
            throw ImportError.postsNotFound(platform, tried: postPaths, looksLike: ExportDetection.guess(listing.sizes.keys))
        }
        // `…/content/posts_1.json` sits two levels below the export's top,
        // three when under `your_instagram_activity/`.
        let parts = first.split(separator: "/")
        let underActivity = parts.count >= 3 && parts[parts.count - 3].hasPrefix("your_")
        let files = ExportFiles(listing: listing, root: ExportFiles.root(of: first, dropping: underActivity ? 3 : 2))

        var reading = ExportReading()
        let profile = try listing.documents.keys.filter(isProfileFile).sorted().first.map { path in
            try InstagramProfile(JSONDocument.parse(listing.documents[path]!, path: path))
        }
        if let username = profile?.username {
            reading.account = ExportAccount(address: "https://www.instagram.com/\(username)/", username: username)
        }
        var posts: [[String: Any]] = []
        for path in postFiles {
            let document = try JSONDocument.parse(listing.documents[path]!, path: path)
            let found =
                isReelsFile(path)
                ? JSONValue.object(document)?["ig_reels_media"] as? [Any]
                : document as? [Any]
            guard let found else {
                reading.notes.append("\(path) is not a list of posts as Instagram writes it; nothing was read from it")
                continue
            }
            posts += found.compactMap(JSONValue.object)
        }
        if profile?.isPrivate == true {
            reading.skip(.notPublic, posts.count)
            reading.notes.append(
                "the account was private when this export was made, so none of its posts were public; nothing was imported")
            return reading
        }
        let asDrafts = profile?.isPrivate == nil
        if asDrafts {
            reading.notes.append(
                "this export does not say whether the account is public (its personal information was not included), so the posts are imported as drafts: review them with `sitegen serve --drafts`, and remove `draft: true` from those to publish"
            )
        }
        for post in posts {
            guard var imported = Self.post(post, files: files) else {
                reading.skip(.empty)
                continue
            }
            imported.isDraft = asDrafts
            reading.posts.append(imported)
        }
        return reading
    }

    private static func post(_ post: [String: Any], files: ExportFiles) -> ImportedPost? {
        let media = JSONValue.array(post["media"]).compactMap(JSONValue.object)
        let titles = ([post["title"]] + media.map { $0["title"] }).compactMap(JSONValue.string).map(MetaText.repaired)
        let caption = titles.first { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty } ?? ""
        guard let seconds = JSONValue.int(post["creation_timestamp"]) ?? media.lazy.compactMap({ JSONValue.int($0["creation_timestamp"]) }).first
        else { return nil }
        let uris = media.compactMap { JSONValue.string($0["uri"]) }.filter { !$0.hasPrefix("http") }
        guard !uris.isEmpty || !caption.isEmpty else { return nil }
        let key = ContentHash.sha256(Data((["\(seconds)"] + uris.sorted()).joined(separator: "|").utf8))
        return ImportedPost(
            platform: .instagram,
            key: key,
            published: Date(timeIntervalSince1970: TimeInterval(seconds)),
            markdown: SocialText.markdown(caption) { "https://www.instagram.com/\($0)/" },
            plainText: caption,
            tags: Hashtags.tags(in: caption),
            media: uris.map { uri in
                ImportedMedia(origin: .export(files.find(uri) ?? uri), kind: MediaKind.of(uri), alt: nil)
            })
    }
}

import Foundation
import SiteGen

/// Facebook's "Download your information" in JSON. The posts files moved
/// between years (`posts/your_posts_1.json` before 2024,
/// `your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json`
/// since); photos and videos posted on their own have files of their own.
/// Posts have no id and no address: the key is a hash of the time, the text
/// and the media names.
///
/// The export never says who could see a post (public, friends, a list), so
/// every post becomes a draft for the owner to review; posts on other
/// people's timelines are left out.
struct FacebookExport: ExportFormat {
    let platform = ImportPlatform.facebook

    var postPaths: [String] {
        [
            "posts/your_posts_1.json", "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json",
            "your_activity_across_facebook/posts/your_posts_1.json",
        ]
    }

    func isDocument(_ path: String) -> Bool {
        FacebookArchiveFile(path: path) != nil
    }

    func read(_ listing: ExportListing) throws -> ExportReading {
        let documents = listing.documents.keys.sorted()
        func files(_ kinds: Set<FacebookArchiveFile>) -> [String] {
            documents.filter { path in FacebookArchiveFile(path: path).map(kinds.contains) ?? false }
        }
        func parsed(_ path: String) throws -> Any { try JSONDocument.parse(listing.documents[path]!, path: path) }
        let postFiles = files([.posts])
        let mediaFiles = files([.uncategorizedPhotos, .videos])
        guard let first = postFiles.first ?? mediaFiles.first else {
            throw ImportError.postsNotFound(platform, tried: postPaths, looksLike: ExportDetection.guess(listing.sizes.keys))
        }
        // `posts/your_posts_1.json` sits two levels below the export's top,
        // three when under `your_facebook_activity/`; media paths start at the top.
        let parts = first.split(separator: "/")
        let underActivity = parts.count >= 3 && parts[parts.count - 3].hasPrefix("your_")
        let exportFiles = ExportFiles(listing: listing, root: ExportFiles.root(of: first, dropping: underActivity ? 3 : 2))

        var reading = ExportReading()
        if let profilePath = files([.profile]).first {
            let profile = FacebookProfile(try parsed(profilePath))
            if let address = profile.address { reading.account = ExportAccount(address: address, username: profile.username) }
        }

        var posts: [FacebookPost] = []
        for path in postFiles {
            for entry in JSONValue.array(try parsed(path)).compactMap(JSONValue.object) {
                guard let post = FacebookPost(post: entry) else {
                    reading.skip(.empty)
                    continue
                }
                posts.append(post)
            }
        }
        // `your_videos.json` lists the videos of posts too: a file already
        // in a post is that post, not one more.
        var postedFiles = Set(posts.flatMap(\.mediaPaths))
        for path in mediaFiles {
            let list = JSONValue.object(try parsed(path))
            let entries = JSONValue.array(list?["other_photos_v2"] ?? list?["videos_v2"]).compactMap(JSONValue.object)
            for entry in entries {
                guard let post = FacebookPost(media: entry), !post.mediaPaths.isEmpty else {
                    reading.skip(.empty)
                    continue
                }
                guard postedFiles.isDisjoint(with: post.mediaPaths) else { continue }
                postedFiles.formUnion(post.mediaPaths)
                posts.append(post)
            }
        }

        for post in posts {
            if post.isOnAnotherTimeline {
                reading.skip(.notPublic)
                continue
            }
            let text = post.fullText
            guard !text.isEmpty || !post.mediaPaths.isEmpty else {
                reading.skip(.empty)
                continue
            }
            reading.posts.append(
                ImportedPost(
                    platform: .facebook,
                    key: post.key,
                    published: Date(timeIntervalSince1970: TimeInterval(post.timestamp)),
                    markdown: SocialText.markdown(text),
                    plainText: text,
                    tags: Hashtags.tags(in: text),
                    media: post.mediaPaths.map { path in
                        ImportedMedia(origin: .export(exportFiles.find(path) ?? path), kind: MediaKind.of(path), alt: nil)
                    },
                    isDraft: true))
        }
        if !reading.posts.isEmpty {
            reading.notes.append(
                "Facebook exports do not say who could see each post (everyone, friends only or a list), so every post was imported as a draft: review them with `sitegen serve --drafts`, and remove `draft: true` from those you want to publish"
            )
        }
        return reading
    }
}

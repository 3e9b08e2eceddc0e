import Foundation
import SiteGen

/// What an import did, or with `--dry-run` would do.
public struct ImportSummary: Sendable {
    public struct Post: Sendable {
        public var title: String
        /// Relative to the site: `content/posts/2024-05-04-fresh-rye.md`.
        public var file: String
        public var published: Date
        public var photos: Int
        public var videos: Int
        public var isDraft: Bool
    }

    public var platform: ImportPlatform
    public var section: String
    public var dryRun: Bool
    public var posts: [Post] = []
    public var photos = 0
    public var videos = 0
    /// Of the photos and videos copied (or, for a dry run, to copy).
    public var mediaBytes: Int64 = 0
    /// "not public" -> 17, in the order of `SkipReason`.
    public var skipped: [(reason: String, count: Int)] = []
    /// Posts an earlier import already brought.
    public var duplicates = 0
    /// Posts whose page the owner deleted after an earlier import, left out.
    public var deletedKept = 0
    public var restored = 0
    /// Pages with photos that have no description, for the owner to write.
    public var pagesWithoutAlt: [String] = []
    /// Photos the posts name that the export does not hold, or that could not be read.
    public var missingMedia: [String] = []
    /// WordPress images to bring with --media-dir.
    public var imagesToBring: [String] = []
    public var notes: [String] = []
    /// Files of the export that were not read, with the reason (a link, a name that is no text).
    public var passedOver: [String] = []
    /// The profile the export belongs to, for links.yml.
    public var accountAddress: String?

    /// Posts per year, oldest first.
    public var postsPerYear: [(year: Int, count: Int)] {
        var counts: [Int: Int] = [:]
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        for post in posts { counts[calendar.component(.year, from: post.published), default: 0] += 1 }
        return counts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// "Imported 312 posts (1,204 photos, 48 MB) from Instagram into
    /// content/posts/; 17 skipped as not public, 5 duplicates"
    public var closingLine: String {
        let number = NumberFormatter()
        number.numberStyle = .decimal
        number.locale = Locale(identifier: "en_US")
        func count(_ value: Int, _ one: String, _ many: String) -> String {
            "\(number.string(from: NSNumber(value: value)) ?? String(value)) \(value == 1 ? one : many)"
        }
        var media: [String] = []
        if photos > 0 || videos == 0 { media.append(count(photos, "photo", "photos")) }
        if videos > 0 { media.append(count(videos, "video", "videos")) }
        media.append(ByteCount.text(mediaBytes))
        var line = (dryRun ? "Would import " : "Imported ") + count(posts.count, "post", "posts")
        line += " (\(media.joined(separator: ", "))) from \(platform.displayName) into content/\(section)/"
        var after: [String] = skipped.map { "\(number.string(from: NSNumber(value: $0.count)) ?? "") skipped as \($0.reason)" }
        if duplicates > 0 { after.append(count(duplicates, "duplicate", "duplicates")) }
        if deletedKept > 0 { after.append(count(deletedKept, "deleted on the site and left out", "deleted on the site and left out")) }
        if restored > 0 { after.append(count(restored, "restored", "restored")) }
        if !after.isEmpty { line += "; " + after.joined(separator: ", ") }
        return line
    }
}

import Foundation
import SiteGen

/// One post of a Facebook export, in the values sitegen uses, every string
/// repaired (see `MetaText`). Of the attachments only photos and videos,
/// shared links and notes are read: places (with their coordinates),
/// events, tagged friends and the upload addresses in the media's
/// metadata never are.
struct FacebookPost {
    /// Unix seconds, UTC.
    var timestamp: Int
    /// The text the owner wrote.
    var text: String
    /// The photos and videos, as paths inside the export.
    var mediaPaths: [String] = []
    /// The addresses the post shared (`external_context`).
    var links: [String] = []
    /// The sentence Facebook made up for the post ("Example Bakery added a new photo.").
    var title = ""

    /// An entry of a posts file; nil when it has no time.
    init?(post: [String: Any]) {
        let texts = JSONValue.array(post["data"]).compactMap { JSONValue.string(JSONValue.object($0)?["post"]) }
        text = Self.joined(texts)
        title = JSONValue.string(post["title"]).map(MetaText.repaired) ?? ""
        var descriptions: [String] = []
        var mediaTimes: [Int] = []
        var noteTexts: [String] = []
        for group in JSONValue.array(post["attachments"]).compactMap(JSONValue.object) {
            for attachment in JSONValue.array(group["data"]).compactMap(JSONValue.object) {
                var media: [[String: Any]] = []
                if let one = JSONValue.object(attachment["media"]) { media.append(one) }
                if let note = JSONValue.object(attachment["note"]) {
                    media += JSONValue.array(note["media"]).compactMap(JSONValue.object)
                    if let noteText = JSONValue.string(note["text"]) { noteTexts.append(noteText) }
                }
                for item in media {
                    if let path = Self.exportPath(item["uri"]), !mediaPaths.contains(path) { mediaPaths.append(path) }
                    if let description = JSONValue.string(item["description"]) { descriptions.append(description) }
                    if let time = JSONValue.int(item["creation_timestamp"]) { mediaTimes.append(time) }
                }
                if let context = JSONValue.object(attachment["external_context"]),
                    let link = JSONValue.string(context["url"]).map(MetaText.repaired)?.trimmingCharacters(in: .whitespaces),
                    link.hasPrefix("https://") || link.hasPrefix("http://"), !links.contains(link)
                {
                    links.append(link)
                }
            }
        }
        // A note's text, or a photo's description, when the post has no text of its own.
        if text.isEmpty { text = Self.joined(noteTexts) }
        if text.isEmpty { text = Self.joined(Array(descriptions.prefix(1))) }
        guard let timestamp = JSONValue.int(post["timestamp"]) ?? mediaTimes.first else { return nil }
        self.timestamp = timestamp
    }

    /// An entry of `your_uncategorized_photos.json` or `your_videos.json`: a
    /// photo or video posted on its own, its description the text.
    init?(media item: [String: Any]) {
        guard let timestamp = JSONValue.int(item["creation_timestamp"]) else { return nil }
        self.timestamp = timestamp
        text = Self.joined([JSONValue.string(item["description"])].compactMap { $0 })
        mediaPaths = Self.exportPath(item["uri"]).map { [$0] } ?? []
    }

    private static func joined(_ texts: [String]) -> String {
        texts.map { MetaText.repaired($0).trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    /// A media `uri` that names a file of the export; addresses (some
    /// thumbnails are on Facebook's servers) are not files.
    private static func exportPath(_ value: Any?) -> String? {
        guard let uri = JSONValue.string(value).map(MetaText.repaired), !uri.isEmpty, !uri.contains("://") else { return nil }
        return uri
    }

    /// Posts written on someone else's timeline, or by someone else on the
    /// owner's, or in a group, are in the same file as the owner's own; only
    /// the generated title tells them apart. Any title that names a
    /// timeline that is someone's, or says "wrote on", "posted to/on/in",
    /// counts, since leaving out one post too many is the safe mistake.
    var isOnAnotherTimeline: Bool {
        let title = title.lowercased()
        return [" wrote on ", " posted on ", " posted to ", " posted in ", "'s timeline", "\u{2019}s timeline"].contains { title.contains($0) }
    }

    /// The text with each shared address it does not already hold added at the end.
    var fullText: String {
        ([text] + links.filter { !text.contains($0) }).filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    /// Facebook gives posts no id: the key is a hash of what makes a post
    /// itself, its time, its text and its files, so that an export made
    /// again later finds the same keys.
    var key: String {
        ContentHash.sha256(Data(([String(timestamp), text] + mediaPaths.sorted()).joined(separator: "|").utf8))
    }
}

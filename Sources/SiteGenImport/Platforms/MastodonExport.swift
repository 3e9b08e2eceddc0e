import Foundation
import SiteGen

/// Mastodon's account archive (Preferences › Import and export › Request
/// your archive): `outbox.json`, an ActivityStreams collection of every
/// status of the account, whatever its audience, and `media_attachments/`.
///
/// Public only: a status is published when the public collection is in its
/// `to`, which leaves out unlisted, followers-only and direct messages.
/// Boosts are other people's posts; replies to other people are
/// conversations, left out unless `--include-replies`; a reply to oneself
/// (a thread) is kept.
struct MastodonExport: ExportFormat {
    let platform = ImportPlatform.mastodon
    var includeReplies = false

    var postPaths: [String] { ["outbox.json"] }

    private static let publicAudiences: Set<String> = ["https://www.w3.org/ns/activitystreams#Public", "as:Public", "Public"]

    func isDocument(_ path: String) -> Bool {
        let parts = path.split(separator: "/")
        // At the top of the archive, or of the one folder it was unpacked into.
        guard parts.count <= 2, let name = parts.last else { return false }
        return name == "outbox.json" || name == "actor.json"
    }

    func read(_ listing: ExportListing) throws -> ExportReading {
        guard let outboxPath = listing.documents.keys.filter({ $0.hasSuffix("outbox.json") }).sorted(by: { $0.count < $1.count }).first
        else {
            throw ImportError.postsNotFound(platform, tried: postPaths, looksLike: ExportDetection.guess(listing.sizes.keys))
        }
        let files = ExportFiles(listing: listing, root: ExportFiles.root(of: outboxPath, dropping: 1))
        var reading = ExportReading()
        let actorPath = files.root.isEmpty ? "actor.json" : files.root + "/actor.json"
        var actorID: String?
        if let bytes = listing.documents[actorPath], let actor = JSONValue.object(try JSONDocument.parse(bytes, path: actorPath)) {
            actorID = JSONValue.string(actor["id"])
            if let address = JSONValue.string(actor["url"]), address.hasPrefix("https://") {
                reading.account = ExportAccount(address: address, username: JSONValue.string(actor["preferredUsername"]))
            }
        }
        let outbox = try JSONDocument.parse(listing.documents[outboxPath]!, path: outboxPath)
        guard let items = JSONValue.object(outbox)?["orderedItems"] as? [Any] else {
            throw ImportError.invalidDocument(outboxPath, detail: "no \"orderedItems\" list: not a Mastodon outbox")
        }
        for item in items {
            guard let activity = JSONValue.object(item) else { continue }
            switch JSONValue.string(activity["type"]) {
            case "Announce":
                reading.skip(.repost)
            case "Create":
                guard let note = JSONValue.object(activity["object"]) else {
                    reading.skip(.empty)
                    continue
                }
                let audience = JSONValue.array(note["to"] ?? activity["to"]).compactMap(JSONValue.string)
                guard audience.contains(where: Self.publicAudiences.contains) else {
                    reading.skip(.notPublic)
                    continue
                }
                if let parent = JSONValue.string(note["inReplyTo"]), !includeReplies {
                    let ownPrefix = (actorID ?? JSONValue.string(note["attributedTo"]) ?? "\u{0}") + "/"
                    if !parent.hasPrefix(ownPrefix) {
                        reading.skip(.reply)
                        continue
                    }
                }
                guard let post = Self.post(note, files: files) else {
                    reading.skip(.empty)
                    continue
                }
                reading.posts.append(post)
            default:
                continue
            }
        }
        return reading
    }

    private static func post(_ note: [String: Any], files: ExportFiles) -> ImportedPost? {
        guard let id = JSONValue.string(note["id"]), let published = JSONValue.string(note["published"]).flatMap(Self.date) else { return nil }
        let html =
            JSONValue.string(note["content"])
            ?? JSONValue.object(note["contentMap"]).flatMap { map in map.keys.sorted().first.flatMap { JSONValue.string(map[$0]) } } ?? ""
        let text = PostHTML.convert(html)
        var media: [ImportedMedia] = []
        for attachment in JSONValue.array(note["attachment"]).compactMap(JSONValue.object) {
            // Link preview cards are appended as attachments too, by newer servers.
            guard ["Document", "Image", "Video"].contains(JSONValue.string(attachment["type"]) ?? ""),
                let url = JSONValue.string(attachment["url"])
            else { continue }
            let type = JSONValue.string(attachment["mediaType"]) ?? ""
            let kind: ImportedMedia.Kind
            if type.hasPrefix("image/") {
                kind = .photo
            } else if type.hasPrefix("video/") {
                kind = .video
            } else {
                continue
            }
            let alt = JSONValue.string(attachment["name"])?.trimmingCharacters(in: .whitespacesAndNewlines)
            media.append(ImportedMedia(origin: .export(Self.mediaPath(url, files: files)), kind: kind, alt: alt?.isEmpty == false ? alt : nil))
        }
        let warning = JSONValue.string(note["summary"]).map { PostHTML.convert($0).plainText }
        guard !text.plainText.isEmpty || !media.isEmpty else { return nil }
        let tags = JSONValue.array(note["tag"]).compactMap(JSONValue.object)
            .filter { JSONValue.string($0["type"]) == "Hashtag" }
            .compactMap { JSONValue.string($0["name"]).map { String($0.drop { $0 == "#" }) } }
            .filter { !$0.isEmpty }
        let address = JSONValue.string(note["url"]) ?? id
        return ImportedPost(
            platform: .mastodon, key: id, published: published, markdown: text.markdown, plainText: text.plainText,
            contentWarning: warning?.isEmpty == false ? warning : nil,
            originals: address.hasPrefix("https://") ? [address] : [], tags: tags, media: media)
    }

    /// The exporter writes each attachment's address as its path without
    /// `/system/`; a server that keeps media elsewhere writes another prefix,
    /// so the path from `media_attachments/` on is tried too.
    private static func mediaPath(_ url: String, files: ExportFiles) -> String {
        var path = url
        if let parsed = URL(string: url), parsed.scheme != nil { path = parsed.path }
        while path.hasPrefix("/") { path.removeFirst() }
        if path.hasPrefix("system/") { path.removeFirst("system/".count) }
        if let found = files.find(path) { return found }
        if let range = path.range(of: "media_attachments/"), let found = files.find(String(path[range.lowerBound...])) { return found }
        return path
    }

    private static func date(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }
}

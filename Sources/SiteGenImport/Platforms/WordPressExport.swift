import Foundation
import SiteGen

/// A WordPress export (Tools › Export › All content): one or more WXR
/// files, given as they are or zipped (WordPress.com). Published posts and
/// pages become pages of the site; drafts, private, pending, scheduled,
/// trashed and password-protected ones do not. A WXR file holds no images:
/// their addresses are listed, and with `--media-dir` (a copy of
/// `wp-content/uploads`) they are copied from there, never downloaded.
struct WordPressExport: ExportFormat {
    let platform = ImportPlatform.wordpress

    var postPaths: [String] { ["an .xml file (WordPress eXtended RSS)"] }

    func isDocument(_ path: String) -> Bool {
        path.lowercased().hasSuffix(".xml") && path.split(separator: "/").count <= 3
    }

    func read(_ listing: ExportListing) throws -> ExportReading {
        var items: [WordPressItem] = []
        var found = false
        for path in listing.documents.keys.sorted() {
            let reader = try WordPressReader.read(listing.documents[path]!, path: path)
            guard reader.isWordPress else { continue }
            found = true
            items += reader.items
        }
        guard found else {
            throw ImportError.postsNotFound(platform, tried: postPaths, looksLike: ExportDetection.guess(listing.sizes.keys))
        }
        var attachments: [String: WordPressItem] = [:]
        var childAttachments: [String: [WordPressItem]] = [:]
        for item in items where item.postType == "attachment" && !item.postID.isEmpty {
            attachments[item.postID] = item
            childAttachments[item.postParent, default: []].append(item)
        }
        var reading = ExportReading()
        for item in items where item.postType == "post" || item.postType == "page" {
            guard item.status == "publish" else {
                reading.skip(.unpublished)
                continue
            }
            guard !item.hasPassword else {
                reading.skip(.notPublic)
                continue
            }
            guard let post = Self.post(item, attachments: attachments, children: childAttachments[item.postID] ?? []) else {
                reading.skip(.empty)
                continue
            }
            reading.posts.append(post)
        }
        return reading
    }

    private static func post(_ item: WordPressItem, attachments: [String: WordPressItem], children: [WordPressItem]) -> ImportedPost? {
        guard let (published, offset) = date(item) else { return nil }
        // Classic-editor content has no <p>: its blank lines are the paragraphs.
        let hasBlocks = item.content.contains("<p") || item.content.contains("<!-- wp:")
        let text = PostHTML.convert(item.content, autoParagraphs: !hasBlocks, keepImages: true)
        var media: [ImportedMedia] = []
        var seen: Set<String> = []
        func add(_ address: String, alt: String?, placeholder: String?) {
            guard address.hasPrefix("http") else { return }
            // An image shown in the text is shown there, even if it is also the featured one.
            guard placeholder != nil || seen.insert(Self.withoutSizeSuffix(address)).inserted else { return }
            let alt = alt?.trimmingCharacters(in: .whitespacesAndNewlines)
            media.append(
                ImportedMedia(
                    origin: .address(address), kind: MediaKind.of(address), alt: alt?.isEmpty == false ? alt : nil, placeholder: placeholder))
        }
        // The featured image heads the page, unless the text shows it already.
        let shown = Set(text.images.map { Self.withoutSizeSuffix($0.source) })
        if let featured = attachments[item.thumbnailID], !shown.contains(Self.withoutSizeSuffix(featured.attachmentURL)) {
            add(featured.attachmentURL, alt: featured.altText, placeholder: nil)
        }
        for image in text.images {
            let attachment = attachments.values.first { Self.withoutSizeSuffix($0.attachmentURL) == Self.withoutSizeSuffix(image.source) }
            seen.insert(Self.withoutSizeSuffix(image.source))
            // The upload itself rather than a resized copy of it.
            add(attachment?.attachmentURL ?? image.source, alt: image.alt.isEmpty ? attachment?.altText : image.alt, placeholder: image.placeholder)
        }
        // Images attached to the post but not shown in its text (a gallery) follow it.
        for child in children.sorted(by: { $0.postID < $1.postID }) { add(child.attachmentURL, alt: child.altText, placeholder: nil) }
        guard !text.plainText.isEmpty || !media.isEmpty || !item.title.isEmpty else { return nil }
        var post = ImportedPost(
            platform: .wordpress, key: item.postID.isEmpty ? item.link : item.postID, published: published, utcOffsetMinutes: offset,
            title: item.title.isEmpty ? nil : item.title, markdown: text.markdown, plainText: text.plainText,
            originals: item.link.hasPrefix("http") ? [item.link] : [], tags: item.terms, media: media)
        post.slug = item.postName.isEmpty ? nil : item.postName.removingPercentEncoding ?? item.postName
        post.isPage = item.postType == "page"
        return post
    }

    /// WordPress links resized copies (`tart-300x200.jpg`) of an upload (`tart.jpg`).
    static func withoutSizeSuffix(_ address: String) -> String {
        guard let dot = address.lastIndex(of: "."), let dash = address[..<dot].lastIndex(of: "-") else { return address }
        let size = address[address.index(after: dash)..<dot]
        let parts = size.split(separator: "x")
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else { return address }
        return String(address[..<dash]) + String(address[dot...])
    }

    /// The instant, and the offset the site was in: `post_date` is local
    /// time, `post_date_gmt` UTC, or `0000-00-00 00:00:00` for a post never
    /// scheduled, whose local time is then taken as UTC.
    static func date(_ item: WordPressItem) -> (Date, Int)? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        let local = formatter.date(from: item.postDate)
        let universal = item.postDateGMT.hasPrefix("0000") ? nil : formatter.date(from: item.postDateGMT)
        switch (local, universal) {
        case (let local?, let universal?):
            let minutes = Int((local.timeIntervalSince(universal) / 60).rounded())
            // Offsets are whole quarters of an hour, within a day.
            return abs(minutes) <= 14 * 60 && minutes % 15 == 0 ? (universal, minutes) : (universal, 0)
        case (nil, let universal?):
            return (universal, 0)
        case (let local?, nil):
            return (local, 0)
        default:
            return nil
        }
    }
}

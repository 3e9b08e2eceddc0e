import Foundation
import SiteGenCore
import SiteGenManifest

/// The Markdown file of an imported post: front matter that says where the
/// post came from (`syndication`, `imported_from`), then its text and media.
/// The first photo is the page's `image:`; the other photos and the videos
/// follow the text, each in its own paragraph, unless the text shows them in
/// place (a WordPress article), where their placeholders get their address.
enum PostPage {
    static func text(for post: ImportedPost, title: String, media: [PlacedMedia], language: String) -> String {
        var lines = ["---", "title: " + YAMLQuoting.doubleQuoted(title)]
        if !post.isPage { lines.append("date: " + rfc3339(post.published, offsetMinutes: post.utcOffsetMinutes)) }
        if post.isDraft { lines.append("draft: true") }
        if !post.originals.isEmpty {
            lines.append("syndication:")
            lines += post.originals.map { "  - " + YAMLQuoting.doubleQuoted($0) }
        }
        lines += ["imported_from:", "  platform: \(post.platform.rawValue)", "  id: " + YAMLQuoting.doubleQuoted(post.key)]
        if !post.tags.isEmpty {
            lines.append("tags:")
            lines += post.tags.map { "  - " + YAMLQuoting.doubleQuoted($0) }
        }
        var body = media.filter { $0.placeholder == nil }
        if let first = body.first, first.kind == .photo {
            body.removeFirst()
            lines.append("image: " + YAMLQuoting.doubleQuoted(first.address))
            if let alt = first.alt, !alt.isEmpty { lines.append("image_alt: " + YAMLQuoting.doubleQuoted(alt)) }
        }
        lines += ["---", ""]
        var paragraphs: [String] = []
        if let warning = post.contentWarning, !warning.isEmpty {
            paragraphs.append("**\(ImportWords(language: language).contentWarning)** " + MarkdownText.escaped(warning))
        }
        let text = Self.withAddresses(post.markdown, placed: media, all: post.media).trimmingCharacters(in: .whitespacesAndNewlines)
        if !text.isEmpty { paragraphs.append(text) }
        paragraphs += body.map { "![\(MarkdownText.escaped($0.alt ?? ""))](\($0.address))" }
        return lines.joined(separator: "\n") + "\n" + paragraphs.joined(separator: "\n\n") + "\n"
    }

    /// The text with each placeholder replaced by its photo's address on the
    /// site, and the images that could not be brought taken out.
    static func withAddresses(_ markdown: String, placed: [PlacedMedia], all: [ImportedMedia]) -> String {
        var text = markdown
        var replacements: [String: String] = [:]
        for placeholder in all.compactMap(\.placeholder) { replacements[placeholder] = "" }
        for media in placed {
            guard let placeholder = media.placeholder else { continue }
            // The description may come from the export's record of the image rather than the text's `alt`.
            replacements[placeholder] = "![\(MarkdownText.escaped(media.alt ?? ""))](\(media.address))"
        }
        for (placeholder, replacement) in replacements {
            // `![alt](placeholder)`, the alt text escaped as the converter escapes it.
            let pattern = #"!\[(?:[^\]\\]|\\.)*\]\("# + NSRegularExpression.escapedPattern(for: placeholder) + #"\)"#
            text = text.replacingOccurrences(
                of: pattern, with: NSRegularExpression.escapedTemplate(for: replacement), options: .regularExpression)
        }
        return text
    }

    /// `2024-05-04T09:12:00Z`, or with the offset the post was written in.
    static func rfc3339(_ date: Date, offsetMinutes: Int) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: offsetMinutes * 60) ?? TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let stamp = String(
            format: "%04d-%02d-%02dT%02d:%02d:%02d", parts.year!, parts.month!, parts.day!, parts.hour!, parts.minute!, parts.second!)
        guard offsetMinutes != 0 else { return stamp + "Z" }
        let sign = offsetMinutes < 0 ? "-" : "+"
        return stamp + String(format: "%@%02d:%02d", sign, abs(offsetMinutes) / 60, abs(offsetMinutes) % 60)
    }

    /// `2024-05-04`, the day of the file name, in the post's own offset.
    static func day(_ date: Date, offsetMinutes: Int) -> String {
        String(rfc3339(date, offsetMinutes: offsetMinutes).prefix(10))
    }
}

import Foundation
import SiteGen
import SiteGenCore

/// The HTML of a post (Mastodon, WordPress) as safe Markdown and as plain
/// text, through the HTML5 parser (`HTMLToMarkdown`): hashtag links become
/// text, mentions stay links to the profile. Images either go (Mastodon
/// shows media as attachments, never inline) or stay where they are under a
/// placeholder address, which the writer replaces with the photo's address
/// on the site once it is copied, or removes when it cannot be.
enum PostHTML {
    struct Image: Sendable, Equatable {
        var source: String
        var alt: String
        /// The address the Markdown holds for now.
        var placeholder: String
    }

    struct Result: Sendable {
        var markdown: String
        /// One line per block (paragraph, heading, list item…), for titles.
        var plainText: String
        var images: [Image]
    }

    static let placeholderPrefix = "/.sitegen-import-image/"

    static func convert(_ html: String, autoParagraphs: Bool = false, keepImages: Bool = false) -> Result {
        let converter = HTMLToMarkdown(
            autoParagraphs: autoParagraphs,
            rewriteLink: { link in link.isHashtag ? nil : link.href },
            rewriteImage: { source in
                guard keepImages, source.hasPrefix("http://") || source.hasPrefix("https://") else { return nil }
                return placeholder(for: source)
            })
        let converted = converter.convert(html)
        let tree = HTMLTree(fragment: html)
        let lines = tree.nodes.map { node -> String in
            var single = tree
            single.nodes = [node]
            return single.plainText
        }
        return Result(
            markdown: converted.markdown.trimmingCharacters(in: .whitespacesAndNewlines),
            plainText: lines.filter { !$0.isEmpty }.joined(separator: "\n"),
            images: converted.images.map { Image(source: $0.source, alt: $0.alt, placeholder: $0.address) })
    }

    /// The same source always gets the same placeholder.
    static func placeholder(for source: String) -> String {
        placeholderPrefix + String(ContentHash.sha256(Data(source.utf8)).prefix(24))
    }
}

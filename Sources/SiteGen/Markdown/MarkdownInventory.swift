/// What a page's Markdown holds that `sitegen check` judges, found while it
/// is rendered, with where each thing was written: its images and their
/// descriptions, its headings, and its links to other sites.
struct MarkdownInventory: Sendable, Hashable {
    struct Image: Sendable, Hashable {
        /// The description (alt text) as plain text; empty when there is none.
        var alt: String
        var destination: String
        var position: MarkdownPosition
        /// The file of the output it shows, when it is one of the site's.
        var file: String? = nil
    }

    struct Heading: Sendable, Hashable {
        /// 1 for `#`, 2 for `##`...
        var level: Int
        var text: String
        var position: MarkdownPosition
    }

    struct Link: Sendable, Hashable {
        /// An absolute `http:` or `https:` address of another site.
        var address: String
        var position: MarkdownPosition
    }

    var images: [Image] = []
    var headings: [Heading] = []
    var externalLinks: [Link] = []
}

/// A link or an image of a page's Markdown, as the renderer hands it to the
/// link rewriter: messages name an image as an image.
struct MarkdownLink: Sendable {
    var destination: String
    var isImage = false

    /// "the link" or "the image", for messages.
    var noun: String { isImage ? "the image" : "the link" }
}

/// A photo or video once copied into the site: its address on the site,
/// and what the page says of it.
struct PlacedMedia: Sendable, Equatable {
    /// `/posts/2024-05-04-fresh-rye.jpg`
    var address: String
    var kind: ImportedMedia.Kind
    var alt: String?
    var bytes: Int64
    /// Its placeholder in the post's Markdown, if it is shown inside the text.
    var placeholder: String?
}

/// A photo or video of an imported post, where the export keeps it.
struct ImportedMedia: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case photo, video
    }

    enum Origin: Sendable, Hashable {
        /// A file of the export, by its path inside it.
        case export(String)
        /// An address only (WordPress exports hold no files): brought with
        /// `--media-dir`, never downloaded.
        case address(String)
    }

    var origin: Origin
    var kind: Kind
    /// The description the owner wrote on the platform; never invented.
    var alt: String?
    /// The address that stands for it in the post's Markdown, when it is
    /// shown inside the text (a WordPress article) rather than after it.
    var placeholder: String?
}

/// A part of a page a link points to: the page's output file and the id
/// after `#`, percent-decoded (`#caf%C3%A9` names the id `café`).
struct FragmentTarget: Sendable, Hashable {
    /// Relative to the output folder: `about/index.html`.
    var outputPath: String
    var id: String
    /// The link as written, for the message.
    var written: String
    var isImage = false
}

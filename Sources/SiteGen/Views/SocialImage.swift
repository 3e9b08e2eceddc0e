/// The picture of a page's link preview: its absolute address, and its
/// size when sitegen made it (the 1200 x 630 crop of a raster image).
struct SocialImage: Sendable, Equatable {
    var url: String
    var width: Int? = nil
    var height: Int? = nil
    /// An SVG drawing, which Facebook, WhatsApp and X do not show in a preview.
    var isDrawing = false
}

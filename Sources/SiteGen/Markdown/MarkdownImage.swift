/// An image of a page's Markdown that names a file of the site, as the
/// renderer hands it to whoever writes its HTML (`<picture>`, or `<img>`
/// with the size of an SVG drawing).
struct MarkdownImage: Sendable {
    /// The file of the output (`images/oven.jpg`).
    var file: String
    /// The address as published (`/images/oven.jpg`).
    var address: String
    /// The description, as plain text.
    var alt: String
    var title: String?
    /// Every image but the page's first may load when it is scrolled to.
    var lazy: Bool
}

/// One file sitegen makes from a raster image of `static/`.
enum ImageProduct: Hashable, Sendable {
    /// Resized to `width` (the original's when smaller) for `<picture>`.
    case variant(width: Int, format: ImageFormat)
    /// The 1200 x 630 crop of link previews (`og:image`).
    case social
    /// At full size, upright and without metadata, in its own format: for
    /// an original that a page links to as a file, or that no page shows.
    case original

    /// Part of the cache entry's name: `w960.avif`, `og.jpg`, `full.png`.
    func cacheSuffix(for header: ImageHeader) -> String {
        switch self {
        case .variant(let width, let format): "w\(width).\(format.fileExtension)"
        case .social: "og.jpg"
        case .original: "full.\(header.format.fileExtension)"
        }
    }
}

/// What the build knows of every raster image of `static/` before any page
/// is rendered: enough to write `<picture>`, `width` and `height` and the
/// variants' addresses, which name the image's content so that a changed
/// photo gets new ones. Images whose header could not be read are kept with
/// the reason, for the message at each place that uses them.
struct ImageCatalog: Sendable {
    struct Entry: Sendable, Equatable {
        /// SHA-256 of the file, 64 hexadecimal digits.
        var hash: String
        var header: ImageHeader
    }

    /// By path below `static/`, which is the original's path in the output.
    var entries: [String: Entry] = [:]
    var problems: [String: ImageError] = [:]
    /// The drawn size of each SVG file of `static/`.
    var vectors: [String: VectorSize] = [:]

    /// The size of an image shown as it is, in an `<img>`: an SVG drawing
    /// or a GIF.
    func plainSize(_ path: String) -> VectorSize? {
        if let size = vectors[path] { return size }
        guard let header = entries[path]?.header, header.format == .gif else { return nil }
        return VectorSize(width: header.width, height: header.height)
    }
    /// The cache's index of the images read, written once they are published.
    var index = ImageIndex()

    /// Whether sitegen processes the file at this output path.
    func isProcessed(_ path: String) -> Bool { entries[path] != nil || problems[path] != nil }

    /// The variants of the image at `path`, or why there are none; nil when
    /// the path is not a raster image of `static/`.
    func responsive(_ path: String) -> Result<ResponsiveImage, ImageError>? {
        if let problem = problems[path] { return .failure(problem) }
        guard let entry = entries[path], entry.header.format != .gif else { return nil }
        return .success(ResponsiveImage(path: path, entry: entry))
    }
}

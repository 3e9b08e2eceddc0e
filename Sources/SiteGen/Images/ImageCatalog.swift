import Foundation

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
    /// The cache's index of the images read, written once they are published.
    var index = ImageIndex()

    /// Whether sitegen processes the file at this output path.
    func isProcessed(_ path: String) -> Bool { entries[path] != nil || problems[path] != nil }

    /// The raster images, readable or not: what pages and stylesheets may name.
    var processedPaths: Set<String> { Set(entries.keys).union(problems.keys) }

    /// The image of `static/` that an `image:` or `logo:` value
    /// (`/images/oven.jpg`) names, raster or SVG; nil for anything else.
    func file(named value: String?) -> String? {
        guard let value, value.hasPrefix("/"), !value.hasPrefix("//") else { return nil }
        let path = String(value.dropFirst())
        let decoded = path.removingPercentEncoding ?? path
        return isProcessed(decoded) || vectors[decoded] != nil ? decoded : nil
    }

    /// The size of an image shown as it is, in an `<img>`: an SVG drawing
    /// or a GIF.
    func plainSize(_ path: String) -> VectorSize? {
        if let size = vectors[path] { return size }
        guard let header = entries[path]?.header, header.format == .gif else { return nil }
        return VectorSize(width: header.width, height: header.height)
    }

    /// The variants of the image at `path`, or why there are none; nil when
    /// the path is not a raster image of `static/`.
    func responsive(_ path: String) -> Result<ResponsiveImage, ImageError>? {
        if let problem = problems[path] { return .failure(problem) }
        guard let entry = entries[path], entry.header.format != .gif else { return nil }
        return .success(ResponsiveImage(path: path, entry: entry))
    }
}

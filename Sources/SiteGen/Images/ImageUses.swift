import SiteGenCore

/// How the site uses each raster image of `static/`, found once every page
/// is rendered: what to make of it, and where to report a problem with it.
struct ImageUses: Sendable {
    /// Shown through `<picture>` (a Markdown image, a page's `image:`), with
    /// the place of each use.
    var pictures: [String: [SourceLocation]] = [:]
    /// Given a link preview (a page's `image:`, site.yml's `image:` or `logo:`).
    var social: [String: [SourceLocation]] = [:]
    /// Named by its own address (a link, raw HTML, a template, CSS,
    /// site.yml), so published at it.
    var asFile: [String: [SourceLocation]] = [:]
    /// The pages whose HTML names the image by its address, found in the
    /// written page (so also where a Markdown image of it is).
    var namedByPages: [String: [SourceLocation]] = [:]

    /// The places to name in a message about the image at `path`: where it
    /// is written, else the pages that name it.
    func locations(of path: String) -> [SourceLocation] {
        var seen: Set<SourceLocation> = []
        let exact = (pictures[path, default: []] + social[path, default: []] + asFile[path, default: []]).filter { seen.insert($0).inserted }
        return exact.isEmpty ? namedByPages[path, default: []].filter { seen.insert($0).inserted } : exact
    }

    /// Whether anything uses the image at `path`.
    func mention(_ path: String) -> Bool {
        pictures[path] != nil || social[path] != nil || asFile[path] != nil || namedByPages[path] != nil
    }

    /// The files to make of the image at `path`: its variants when a page
    /// shows it, its preview when one needs it, and the original (without
    /// metadata) when something names it or nothing uses it, as every raster
    /// file of `static/` leaves the build without metadata.
    func products(of path: String, _ image: ResponsiveImage) -> [ImageProduct] {
        // A GIF is shown as itself, so that an animation stays one.
        if image.header.format == .gif { return [.original] }
        var products: [ImageProduct] = []
        if pictures[path] != nil { products += image.variantProducts }
        if social[path] != nil { products.append(.social) }
        if asFile[path] != nil || namedByPages[path] != nil || (pictures[path] == nil && social[path] == nil) { products.append(.original) }
        return products
    }
}

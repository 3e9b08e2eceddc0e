import Foundation

extension ImageCatalog {
    /// One address for an image shown on a page (a page's `image:`, a
    /// Markdown image's `/file`), for what takes a single address (feeds,
    /// JSON-LD): the widest variant in JPEG or PNG of a raster image of
    /// `static/` (percent-encoded), which the page's `<picture>` already makes, as the original
    /// is published only when something names it; the value itself for
    /// anything else (an SVG drawing, a GIF, another site's address).
    func largestAddress(of value: String) -> String {
        guard let file = file(named: value), case .success(let image)? = responsive(file), let width = image.widths.last else {
            return value
        }
        let path = image.path(of: .variant(width: width, format: image.header.fallbackFormat))
        return "/" + (path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path)
    }
}

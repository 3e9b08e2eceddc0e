import Foundation

/// The `<picture>` that a Markdown image of a raster file becomes: AVIF and
/// WebP sources, then an `<img>` in JPEG or PNG with `srcset`, the theme's
/// `sizes`, `width` and `height` (so the page does not shift as it loads),
/// `decoding="async"`, and `loading="lazy"` but for the page's first image.
enum PictureMarkup {
    /// The HTML of a Markdown image of a file of the site: `<picture>` for
    /// a raster image, `<img>` with its drawing's size for an SVG file, and
    /// nil (cmark's own `<img>`) for the rest.
    /// `imageClass` is the `<img>`'s class: `u-photo` on pages that are h-entries.
    static func html(_ image: MarkdownImage, _ catalog: ImageCatalog, baseURL: BaseURL, imageClass: String? = nil) -> String? {
        if let size = catalog.plainSize(image.file) {
            var html = "<img"
            if let imageClass { html += " class=\"\(HTMLEscaping.attribute(imageClass))\"" }
            html += " src=\"\(HTMLEscaping.attribute(image.address))\" alt=\"\(HTMLEscaping.attribute(image.alt))\""
            if let title = image.title { html += " title=\"\(HTMLEscaping.attribute(title))\"" }
            html += " width=\"\(size.width)\" height=\"\(size.height)\""
            if image.lazy { html += " loading=\"lazy\"" }
            return html + " decoding=\"async\">"
        }
        guard case .success(let responsive)? = catalog.responsive(image.file) else { return nil }
        return html(responsive, alt: image.alt, title: image.title, lazy: image.lazy, baseURL: baseURL, imageClass: imageClass)
    }

    static func html(
        _ image: ResponsiveImage, alt: String, title: String?, lazy: Bool, baseURL: BaseURL, imageClass: String? = nil
    ) -> String {
        let view = PictureView(image, baseURL: baseURL)
        let sizes = HTMLEscaping.attribute(view.sizes)
        var html = "<picture>"
        html += "<source type=\"image/avif\" srcset=\"\(HTMLEscaping.attribute(view.avifSrcset))\" sizes=\"\(sizes)\">"
        html += "<source type=\"image/webp\" srcset=\"\(HTMLEscaping.attribute(view.webpSrcset))\" sizes=\"\(sizes)\">"
        html += "<img"
        if let imageClass { html += " class=\"\(HTMLEscaping.attribute(imageClass))\"" }
        html += " src=\"\(HTMLEscaping.attribute(view.src))\" srcset=\"\(HTMLEscaping.attribute(view.srcset))\" sizes=\"\(sizes)\""
        html += " width=\"\(view.width)\" height=\"\(view.height)\" alt=\"\(HTMLEscaping.attribute(alt))\""
        if let title { html += " title=\"\(HTMLEscaping.attribute(title))\"" }
        if lazy { html += " loading=\"lazy\"" }
        html += " decoding=\"async\"></picture>"
        return html
    }

    /// A variant's address, percent-encoded: `srcset` separates its entries
    /// with spaces and commas, which a file name may hold.
    static func address(_ path: String, baseURL: BaseURL) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: ",;")
        return baseURL.rooted("/" + (path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path))
    }
}

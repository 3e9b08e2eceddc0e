import Foundation

/// One web font file a site publishes: a font of the catalogue in one
/// weight, subset to the site's characters, at `fonts/vollkorn-700.woff2`.
struct FontFace: Sendable, Hashable {
    var font: WebFont
    var weight: Int
    /// The key of site.yml's `theme:` that chose it (`heading_font`), for messages.
    var key: String

    /// Relative to the output folder (and to the stylesheet, which is at its root).
    var outputPath: String { "fonts/\(font.slug)-\(weight).woff2" }

    var source: URL? { font.file(weight: weight) }
}

/// A web font every page asks for early (`site.font_preloads`), so that
/// the text's font arrives with the stylesheet instead of after it.
struct FontPreloadView: TemplateView {
    /// Root-relative address of the WOFF2 file.
    var url: String

    static let fields = TemplateFields<FontPreloadView>([
        .text("url") { $0.url }
    ])
}

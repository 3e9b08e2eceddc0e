/// A translation of the page for `<link rel="alternate" hreflang>` and the
/// sitemap: its language (or `x-default`) and its absolute address.
struct AlternateView: TemplateView, Hashable {
    var hreflang: String
    var url: String

    static let fields = TemplateFields<AlternateView>([
        .text("hreflang") { $0.hreflang },
        .text("url") { $0.url },
    ])
}

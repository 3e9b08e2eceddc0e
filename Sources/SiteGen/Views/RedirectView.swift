/// What the redirect template renders for an old address listed in `aliases:`.
struct RedirectView: TemplateView {
    var site: SiteView
    var texts: ThemeTexts
    /// Root-relative address of the page.
    var target: String
    /// Absolute address of the page.
    var canonical: String
    var title: String
    var lang: String

    static let fields = TemplateFields<RedirectView>([
        .object("site") { $0.site },
        .object("texts") { $0.texts },
        .text("target") { $0.target },
        .text("canonical") { $0.canonical },
        .text("title") { $0.title },
        .text("lang") { $0.lang },
    ])
}

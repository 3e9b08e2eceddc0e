/// A link of the language switcher: the language in its own name, leading
/// to the translation of the page, or to that language's home page.
struct LanguageLinkView: TemplateView, Hashable {
    /// The BCP 47 code, for `lang` and `hreflang`.
    var code: String
    /// "English", "Français", "العربية".
    var name: String
    var url: String
    var isCurrent: Bool

    static let fields = TemplateFields<LanguageLinkView>([
        .text("code") { $0.code },
        .text("name") { $0.name },
        .text("url") { $0.url },
        .flag("is_current") { $0.isCurrent },
    ])
}

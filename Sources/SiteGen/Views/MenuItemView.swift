/// A link of a menu; `is_current` marks the page being shown (for `aria-current`).
struct MenuItemView: TemplateView, Hashable {
    var title: String
    var url: String
    var isCurrent: Bool

    static let fields = TemplateFields<MenuItemView>([
        .text("title") { $0.title },
        .text("url") { $0.url },
        .flag("is_current") { $0.isCurrent },
    ])
}

/// A large button of the home page's shop front, for what visitors most
/// often come for: call, find the way, write, book, see when it is open.
struct ActionButtonView: TemplateView, Equatable {
    /// What the button does, in the site's language ("Appeler").
    var label: String
    var url: String
    /// SVG path data in a 24x24 box, drawn by the `icon` partial.
    var icon: String
    /// `call`, `directions`, `whatsapp`, `book` or `hours`: a class for the theme.
    var kind: String
    /// Filled with the business's colour; the others are outlined, so that
    /// the one a visitor most likely wants stands out.
    var isPrimary: Bool = false

    static let fields = TemplateFields<ActionButtonView>([
        .text("label") { $0.label },
        .text("url") { $0.url },
        .text("icon") { $0.icon },
        .text("kind") { $0.kind },
        .flag("is_primary") { $0.isPrimary },
    ])
}

/// One line of text in a list (`{{#hours_summary}}{{text}}{{/hours_summary}}`).
struct TextLineView: TemplateView {
    var text: String

    static let fields = TemplateFields<TextLineView>([
        .text("text") { $0.text }
    ])
}

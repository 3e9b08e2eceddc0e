/// An article about the business, on `/press/`.
struct PressMentionView: TemplateView {
    var title: String
    var outlet: String
    var url: String
    var date: String
    var dateDisplay: String
    var quote: String?
    var language: String?
    var archive: String?
    var isDead: Bool
    /// The article's language when it is not the page's, for `hreflang` on its link.
    var otherLanguage: String? = nil
    /// `rtl` or `ltr` when the article's text runs the other way than the page's.
    var direction: String? = nil

    static let fields = TemplateFields<PressMentionView>([
        .text("title") { $0.title },
        .text("outlet") { $0.outlet },
        .text("url") { $0.url },
        .text("date") { $0.date },
        .text("date_display") { $0.dateDisplay },
        .text("quote") { $0.quote },
        .text("lang") { $0.language },
        .text("archive") { $0.archive },
        .flag("is_dead") { $0.isDead },
        .flag("is_live") { !$0.isDead },
        .text("other_language") { $0.otherLanguage },
        .text("text_direction") { $0.direction },
    ])
}

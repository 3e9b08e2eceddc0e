/// The page being rendered, as templates see it (`page.title`, `page.content`).
struct PageView: TemplateView {
    var title: String
    var description: String?
    /// Root-relative address.
    var url: String
    /// Absolute address.
    var permalink: String
    /// The Markdown body as HTML.
    var content: String
    var summary: String?
    var date: String?
    var dateDisplay: String?
    var updated: String?
    var updatedDisplay: String?
    var image: String?
    var imageAlt: String?
    var isHome: Bool
    var isSection: Bool
    var params: [String: SendableValue]

    static let fields = TemplateFields<PageView>([
        .text("title") { $0.title },
        .text("description") { $0.description },
        .text("url") { $0.url },
        .text("permalink") { $0.permalink },
        .html("content") { $0.content },
        .text("summary") { $0.summary },
        .text("date") { $0.date },
        .text("date_display") { $0.dateDisplay },
        .text("updated") { $0.updated },
        .text("updated_display") { $0.updatedDisplay },
        .text("image") { $0.image },
        .text("image_alt") { $0.imageAlt },
        .flag("is_home") { $0.isHome },
        .flag("is_section") { $0.isSection },
        .dynamic("params") { $0.params },
    ])
}

/// A page in a list (`{{#pages}}...{{/pages}}`): enough to show a title, a date and a teaser.
struct PageSummaryView: TemplateView {
    var title: String
    var url: String
    var summary: String?
    var date: String?
    var dateDisplay: String?
    var image: String?
    var imageAlt: String?
    /// The page's `image:` as a small picture for a grid of posts, when it
    /// is a raster image of `static/`.
    var thumbnail: PictureView? = nil

    static let fields = TemplateFields<PageSummaryView>([
        .text("title") { $0.title },
        .text("url") { $0.url },
        .text("summary") { $0.summary },
        .text("date") { $0.date },
        .text("date_display") { $0.dateDisplay },
        .text("image") { $0.image },
        .text("image_alt") { $0.imageAlt },
        .object("thumbnail") { $0.thumbnail },
    ])
}

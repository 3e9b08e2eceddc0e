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
    /// A post brought home from a platform by `sitegen import`.
    var isImported = false

    static let fields = TemplateFields<PageSummaryView>([
        .text("title") { $0.title },
        .text("url") { $0.url },
        .text("summary") { $0.summary },
        .text("date") { $0.date },
        .text("date_display") { $0.dateDisplay },
        .text("image") { $0.image },
        .text("image_alt") { $0.imageAlt },
        .object("thumbnail") { $0.thumbnail },
        .flag("is_imported") { $0.isImported },
    ])

    /// Posts brought home from a social platform are mostly a photo and a
    /// caption: a list of them with photos is a grid of small pictures.
    /// Any other list is cards, each picture as wide as its card.
    static func isPhotoGrid(_ pages: [PageSummaryView]) -> Bool {
        !pages.isEmpty && pages.allSatisfy(\.isImported) && pages.contains { $0.thumbnail != nil }
    }
}

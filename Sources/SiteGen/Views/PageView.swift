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
    /// A dated post, marked up as an h-entry.
    var isEntry: Bool = false
    /// Where else the post is (`u-syndication`).
    var syndication: [SyndicationView] = []
    /// The platform an imported post came from, when no address of it is
    /// known (Instagram and Facebook exports have none): shown as text.
    var originalPlatform: String? = nil
    var tags: [TextLineView] = []
    var params: [String: SendableValue]
    /// The page's `image:` through its variants, when it is a raster image of `static/`.
    var picture: PictureView? = nil
    /// The drawn size of the page's `image:`, when it is an SVG file.
    var imageWidth: Int? = nil
    var imageHeight: Int? = nil
    /// What link previews show of the page's `image:` (not a template field:
    /// templates see it as `social.image`).
    var socialImage: SocialImage? = nil

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
        .object("picture") { $0.picture },
        .number("image_width") { $0.imageWidth },
        .number("image_height") { $0.imageHeight },
        .flag("is_home") { $0.isHome },
        .flag("is_section") { $0.isSection },
        .flag("is_entry") { $0.isEntry },
        .list("syndication") { $0.syndication },
        .flag("has_syndication") { !$0.syndication.isEmpty },
        .text("original_platform") { $0.originalPlatform },
        .list("tags") { $0.tags },
        .flag("has_tags") { !$0.tags.isEmpty },
        .dynamic("params") { $0.params },
    ])
}

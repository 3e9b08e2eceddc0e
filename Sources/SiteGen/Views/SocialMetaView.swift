/// What link previews show (OpenGraph, read by most platforms, and the Twitter card).
struct SocialMetaView: TemplateView {
    var title: String
    /// `website` for the home page and lists, `article` for dated pages.
    var type: String
    var url: String
    /// Absolute address of the picture.
    var image: String?
    /// Of the 1200 x 630 preview sitegen made; nil for an SVG or another site's image.
    var imageWidth: Int?
    var imageHeight: Int?
    var imageAlt: String?
    var description: String?
    var siteName: String
    /// `fr_FR`
    var locale: String
    /// `summary_large_image` with a picture, else `summary`.
    var twitterCard: String

    static let fields = TemplateFields<SocialMetaView>([
        .text("title") { $0.title },
        .text("type") { $0.type },
        .text("url") { $0.url },
        .text("image") { $0.image },
        .number("image_width") { $0.imageWidth },
        .number("image_height") { $0.imageHeight },
        .text("image_alt") { $0.imageAlt },
        .text("description") { $0.description },
        .text("site_name") { $0.siteName },
        .text("locale") { $0.locale },
        .text("twitter_card") { $0.twitterCard },
    ])
}

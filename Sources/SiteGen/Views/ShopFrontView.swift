/// The top of the home page, as templates see it (`shop_front.*`): the
/// hero picture of site.yml's `theme:` and the row of buttons made from
/// what site.yml and links.yml know. The business's name and description
/// are `site.name` and `site.description`.
struct ShopFrontView: TemplateView {
    /// `theme.hero` when it is a raster image of `static/`: its variants.
    var picture: PictureView?
    /// `theme.hero` as an address, for any other picture (an SVG drawing,
    /// another site's image); `picture` is preferred when there is one.
    var image: String?
    /// The size of an SVG drawing, so that the page keeps its room.
    var imageWidth: Int?
    var imageHeight: Int?
    /// `theme.hero_alt`: empty when the owner has not described the picture
    /// (the build warns), so that it is then skipped as decoration.
    var imageAlt: String
    var actions: [ActionButtonView]

    static let fields = TemplateFields<ShopFrontView>([
        .object("picture") { $0.picture },
        .text("image") { $0.image },
        .number("image_width") { $0.imageWidth },
        .number("image_height") { $0.imageHeight },
        .text("image_alt") { $0.imageAlt },
        .flag("has_image") { $0.image != nil },
        .list("actions") { $0.actions },
        .flag("has_actions") { !$0.actions.isEmpty },
    ])
}

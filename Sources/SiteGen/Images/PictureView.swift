/// A raster image as templates see it (`page.picture`): the parts of a
/// `<picture>` with its AVIF and WebP sources and its JPEG or PNG `<img>`.
struct PictureView: TemplateView, Equatable {
    /// The `<img>`'s own address: the variant nearest 960 pixels wide.
    var src: String
    /// `… 480w, … 960w` in the `<img>`'s format.
    var srcset: String
    var avifSrcset: String
    var webpSrcset: String
    var sizes: String
    /// Of the largest variant: with `height: auto` in CSS, the browser keeps
    /// the room for the image before it arrives.
    var width: Int
    var height: Int

    /// `maximumWidth` leaves out the larger variants, for a picture shown
    /// small (`sizes` says how small).
    init(_ image: ResponsiveImage, baseURL: BaseURL, maximumWidth: Int? = nil, sizes: String = ImageSettings.sizes) {
        let widths = maximumWidth.map { limit in image.widths.filter { $0 <= limit } }.flatMap { $0.isEmpty ? nil : $0 } ?? image.widths
        func srcset(_ format: ImageFormat) -> String {
            widths.map { "\(PictureMarkup.address(image.path(of: .variant(width: $0, format: format)), baseURL: baseURL)) \($0)w" }
                .joined(separator: ", ")
        }
        src = PictureMarkup.address(image.path(of: .variant(width: image.fallbackWidth, format: image.header.fallbackFormat)), baseURL: baseURL)
        self.srcset = srcset(image.header.fallbackFormat)
        avifSrcset = srcset(.avif)
        webpSrcset = srcset(.webp)
        self.sizes = sizes
        width = widths.last ?? image.header.width
        height = image.height(atWidth: width)
    }

    static let fields = TemplateFields<PictureView>([
        .text("src") { $0.src },
        .text("srcset") { $0.srcset },
        .text("avif_srcset") { $0.avifSrcset },
        .text("webp_srcset") { $0.webpSrcset },
        .text("sizes") { $0.sizes },
        .number("width") { $0.width },
        .number("height") { $0.height },
    ])
}

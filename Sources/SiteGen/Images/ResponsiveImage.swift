import Foundation

/// The files and markup of one raster image shown on a page: its variants
/// at a few widths in AVIF, WebP and JPEG (or PNG), and its social preview.
/// Their names carry a digest of the image's content and of sitegen's image
/// settings (`images/oven-960w.3f2a9c1b2e.avif`), so that a browser never
/// shows an old photo under a new page, and the variants can be cached for
/// long.
struct ResponsiveImage: Sendable, Equatable {
    /// The original's path below the output folder (`images/oven.jpg`).
    var path: String
    var header: ImageHeader
    /// Ten hexadecimal digits naming the content and the settings.
    var tag: String

    init(path: String, entry: ImageCatalog.Entry) {
        self.path = path
        header = entry.header
        tag = String(ContentHash.sha256(Data((entry.hash + ImageSettings.version).utf8)).prefix(10))
    }

    /// The standard widths that the original reaches, and its own width
    /// when it is clearly wider than the largest of them but not wider than
    /// the largest standard one.
    var widths: [Int] {
        var widths = ImageSettings.widths.filter { $0 <= header.width }
        if let largest = widths.last {
            if header.width < ImageSettings.widths.last!, Double(header.width) > Double(largest) * 1.2 { widths.append(header.width) }
        } else {
            widths = [header.width]
        }
        return widths
    }

    /// AVIF and WebP first (the browser takes the first it can show), then
    /// the format every browser shows.
    var formats: [ImageFormat] { [.avif, .webp, header.fallbackFormat] }

    /// Every file the picture needs.
    var variantProducts: [ImageProduct] {
        widths.flatMap { width in formats.map { ImageProduct.variant(width: width, format: $0) } }
    }

    /// `images/oven-960w.3f2a9c1b2e.avif`
    func path(of product: ImageProduct) -> String {
        let stem = Self.stem(of: path)
        switch product {
        case .variant(let width, let format): return "\(stem)-\(width)w.\(tag).\(format.fileExtension)"
        case .social: return "\(stem)-og.\(tag).jpg"
        case .original: return path
        }
    }

    /// The height of the variant `width` wide, as libvips rounds it.
    func height(atWidth width: Int) -> Int {
        max(1, Int((Double(header.height) * Double(width) / Double(header.width)).rounded()))
    }

    /// The variant every browser shows (`src`): the one nearest 960 pixels
    /// wide, the size of a phone's screen at 2x and of the column at 1x.
    var fallbackWidth: Int { widths.last { $0 <= 960 } ?? widths[0] }

    /// `images/oven.jpg` -> `images/oven`
    private static func stem(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return path }
        return String(path.dropLast(name.distance(from: dot, to: name.endIndex)))
    }
}

import CVips
import Foundation

/// Reads and writes raster images with libvips. Every function takes a
/// file the owner put in `static/`, so each is bounded: only the JPEG, PNG,
/// WebP and HEIF loaders are accepted (whatever the file's extension says),
/// the pixel count is checked on the header before any decoding, and
/// truncated or damaged data is an error rather than a grey band.
enum VipsImaging {
    /// libvips is started once per process, on first use.
    private static let started: Bool = sitegen_vips_start("sitegen") == 0

    /// The header of the image in `data`, decoding no pixels.
    static func header(of data: Data) -> Result<ImageHeader, ImageError> {
        guard started else { return .failure(ImageError(message: "libvips did not start: \(takeError())")) }
        if data.isEmpty { return .failure(ImageError(message: "not a readable image (the file is empty)")) }
        return data.withUnsafeBytes { bytes in header(bytes) }
    }

    private static func header(_ bytes: UnsafeRawBufferPointer) -> Result<ImageHeader, ImageError> {
        guard let image = sitegen_vips_header(bytes.baseAddress, bytes.count) else { return .failure(unreadable()) }
        defer { sitegen_vips_release(image) }
        let loader = sitegen_vips_loader(image).map { String(cString: $0) } ?? ""
        let format: ImageFormat
        switch loader.replacingOccurrences(of: "_buffer", with: "") {
        case "jpegload": format = .jpeg
        case "pngload": format = .png
        case "webpload": format = .webp
        case "gifload": format = .gif
        case "heifload":
            format = sitegen_vips_heif_compression(image).map { String(cString: $0) } == "av1" ? .avif : .heic
        default:
            // "tiffload_buffer" -> "a TIFF file"
            let kind = loader.replacingOccurrences(of: "_buffer", with: "").replacingOccurrences(of: "load", with: "").uppercased()
            return .failure(
                ImageError(
                    message:
                        "not a JPEG, PNG, WebP, HEIC, AVIF or GIF image (it is \(kind.isEmpty ? "another kind of" : "a \(kind)") file); sitegen publishes only images whose metadata it can remove: convert it to JPEG or PNG"
                ))
        }
        var width = Int(vips_image_get_width(image))
        var height = Int(vips_image_get_height(image))
        if width * height > ImageSettings.maximumPixels {
            return .failure(
                ImageError(
                    message:
                        "\(width) x \(height) pixels is more than the \(ImageSettings.maximumPixels / 1_000_000) megapixels sitegen accepts; resize it"
                ))
        }
        if vips_image_get_orientation_swap(image) != 0 { swap(&width, &height) }
        return .success(ImageHeader(width: width, height: height, hasAlpha: vips_image_hasalpha(image) != 0, format: format))
    }

    /// Makes `products` from the image in `data`, decoding it once for all
    /// the variants and once for each other product.
    static func make(_ products: [ImageProduct], from data: Data, header: ImageHeader) -> Result<[ImageProduct: Data], ImageError> {
        guard started else { return .failure(ImageError(message: "libvips did not start")) }
        return data.withUnsafeBytes { bytes in make(products, from: bytes, header: header) }
    }

    private static func make(_ products: [ImageProduct], from bytes: UnsafeRawBufferPointer, header: ImageHeader) -> Result<
        [ImageProduct: Data], ImageError
    > {
        var made: [ImageProduct: Data] = [:]
        let variants = products.compactMap { product -> (width: Int, format: ImageFormat)? in
            if case .variant(let width, let format) = product { return (width, format) }
            return nil
        }
        if let largest = variants.map(\.width).max() {
            guard let decoded = thumbnail(bytes, width: largest, height: Int(VIPS_MAX_COORD), crop: false) else { return .failure(unreadable()) }
            defer { sitegen_vips_release(decoded) }
            guard let pixels = sitegen_vips_in_memory(decoded) else { return .failure(unreadable()) }
            defer { sitegen_vips_release(pixels) }
            for width in Set(variants.map(\.width)).sorted(by: >) {
                let sized: UnsafeMutablePointer<VipsImage>
                if width >= Int(vips_image_get_width(pixels)) {
                    sized = pixels
                    g_object_ref(pixels)
                } else {
                    var out: UnsafeMutablePointer<VipsImage>?
                    guard sitegen_vips_shrink(pixels, Int32(width), &out) == 0, let out else { return .failure(unreadable()) }
                    sized = out
                }
                defer { sitegen_vips_release(sized) }
                for variant in variants where variant.width == width {
                    guard let data = encode(sized, as: variant.format, quality: nil) else { return .failure(unreadable()) }
                    made[.variant(width: width, format: variant.format)] = data
                }
            }
        }
        if products.contains(.social) {
            guard let cropped = thumbnail(bytes, width: ImageSettings.socialWidth, height: ImageSettings.socialHeight, crop: true) else {
                return .failure(unreadable())
            }
            defer { sitegen_vips_release(cropped) }
            var opaque = cropped
            if vips_image_hasalpha(cropped) != 0 {
                var flat: UnsafeMutablePointer<VipsImage>?
                guard sitegen_vips_flatten_white(cropped, &flat) == 0, let flat else { return .failure(unreadable()) }
                opaque = flat
            }
            defer { if opaque != cropped { sitegen_vips_release(opaque) } }
            guard let data = encode(opaque, as: .jpeg, quality: ImageSettings.socialQuality) else { return .failure(unreadable()) }
            made[.social] = data
        }
        if products.contains(.original), header.format == .gif {
            // Every frame, so that an animation stays one.
            var buffer: UnsafeMutableRawPointer?
            var length = 0
            guard sitegen_vips_gif_copy(bytes.baseAddress, bytes.count, &buffer, &length) == 0, let buffer else { return .failure(unreadable()) }
            defer { g_free(buffer) }
            made[.original] = Data(bytes: buffer, count: length)
        } else if products.contains(.original) {
            guard let full = thumbnail(bytes, width: header.width, height: header.height, crop: false) else { return .failure(unreadable()) }
            defer { sitegen_vips_release(full) }
            guard let data = encode(full, as: header.format, quality: ImageSettings.originalQuality) else { return .failure(unreadable()) }
            made[.original] = data
        }
        return .success(made)
    }

    private static func thumbnail(_ bytes: UnsafeRawBufferPointer, width: Int, height: Int, crop: Bool) -> UnsafeMutablePointer<VipsImage>? {
        var out: UnsafeMutablePointer<VipsImage>?
        guard sitegen_vips_thumbnail(bytes.baseAddress, bytes.count, Int32(width), Int32(height), crop ? 1 : 0, &out) == 0 else { return nil }
        return out
    }

    /// The image in `format`, without metadata; `quality` overrides the
    /// format's usual one. Nil when libvips failed (its error is kept).
    private static func encode(_ original: UnsafeMutablePointer<VipsImage>, as format: ImageFormat, quality: Int?) -> Data? {
        var bare: UnsafeMutablePointer<VipsImage>?
        guard sitegen_vips_without_metadata(original, &bare) == 0, let image = bare else { return nil }
        defer { sitegen_vips_release(image) }
        var buffer: UnsafeMutableRawPointer?
        var length = 0
        let status: Int32
        switch format {
        case .jpeg: status = sitegen_vips_jpeg(image, Int32(quality ?? ImageSettings.jpegQuality), &buffer, &length)
        case .png: status = sitegen_vips_png(image, &buffer, &length)
        case .webp: status = sitegen_vips_webp(image, Int32(quality ?? ImageSettings.webpQuality), 0, &buffer, &length)
        case .avif:
            status = sitegen_vips_heif(image, Int32(quality ?? ImageSettings.avifQuality), 1, Int32(ImageSettings.avifEffort), &buffer, &length)
        case .heic: status = sitegen_vips_heif(image, Int32(quality ?? ImageSettings.originalQuality), 0, 4, &buffer, &length)
        case .gif: status = sitegen_vips_gif(image, &buffer, &length)
        }
        guard status == 0, let buffer else { return nil }
        defer { g_free(buffer) }
        let data = Data(bytes: buffer, count: length)
        return format == .webp ? WebPMetadata.stripped(data) : data
    }

    /// libvips' last error as an `ImageError`.
    private static func unreadable() -> ImageError {
        ImageError(message: "not a readable image (\(plainWords(takeError())))")
    }

    /// Takes libvips' error messages, which are kept per process.
    private static func takeError() -> String {
        guard let text = vips_error_buffer_copy() else { return "" }
        defer { g_free(text) }
        return String(cString: text)
    }

    /// The first of libvips' messages, without the name of the part of
    /// libvips that wrote it, in the words of an owner where they are known.
    static func plainWords(_ messages: String) -> String {
        let lines = messages.split(separator: "\n").map { line -> String in
            // "VipsJpeg: Premature end of JPEG file" -> "Premature end of JPEG file"
            if let colon = line.range(of: ": "), !line[..<colon.lowerBound].contains(" ") { return String(line[colon.upperBound...]) }
            return String(line)
        }
        let all = messages.lowercased()
        if all.contains("premature end") || all.contains("truncat") || all.contains("unexpected end") {
            let format = [("jpeg", "JPEG"), ("png", "PNG"), ("webp", "WebP"), ("heif", "HEIF")].first { all.contains($0.0) }?.1
            return format.map { "truncated \($0) data" } ?? "truncated data"
        }
        if all.contains("not a known file format") || all.contains("is not a known") || all.contains("not in a known format") {
            return "not a JPEG, PNG, WebP, HEIC or AVIF file"
        }
        // libpng's "read error", libwebp's "unable to parse image", libheif's "bad seek".
        if let format = [("png", "PNG"), ("webp", "WebP"), ("heif", "HEIF"), ("gif", "GIF")].first(where: { all.contains($0.0) })?.1 {
            return "damaged or truncated \(format) data"
        }
        return lines.first { !$0.isEmpty }.map { $0.trimmingCharacters(in: .whitespaces) } ?? "libvips gave no reason"
    }
}

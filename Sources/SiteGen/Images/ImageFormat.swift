/// The raster formats sitegen reads from `static/` and writes for the web.
/// A GIF is published as itself (animation kept) without its metadata, and
/// gets no variants.
enum ImageFormat: String, Sendable, Codable, CaseIterable {
    case jpeg, png, webp, avif, heic, gif

    /// The extension of the files sitegen writes in this format.
    var fileExtension: String {
        switch self {
        case .jpeg: "jpg"
        case .png: "png"
        case .webp: "webp"
        case .avif: "avif"
        case .heic: "heic"
        case .gif: "gif"
        }
    }

    var mimeType: String { "image/\(self)" }

    /// Whether sitegen reads a file of `static/` as a raster image: by its
    /// extension (TIFF and BMP too, which are then refused, as their
    /// metadata cannot be removed), or, for a file with another extension
    /// or none (`photo.jpg.bak`, `IMG_2041`), by its first bytes, as a
    /// photo must never leave the build with its GPS position because of
    /// its name. SVG, fonts, PDF and the like pass through unchanged.
    static func isRaster(_ path: String, firstBytes: () -> [UInt8]) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let dot = name.lastIndex(of: ".")
        let ext = dot.map { name[name.index(after: $0)...].lowercased() } ?? ""
        if rasterExtensions.contains(ext) { return true }
        if passedThrough.contains(ext) { return false }
        return looksRaster(firstBytes())
    }

    static let rasterExtensions: Set<String> = [
        "jpg", "jpeg", "jpe", "jfif", "png", "webp", "avif", "heic", "heif", "gif", "tif", "tiff", "bmp",
    ]

    /// Extensions of files that are never raster images.
    static let passedThrough: Set<String> = [
        "svg", "svgz", "css", "js", "mjs", "html", "htm", "xml", "json", "txt", "md", "csv", "pdf", "ico", "woff", "woff2", "ttf",
        "otf", "eot", "mp4", "m4v", "webm", "mov", "mkv", "avi", "m4a", "mp3", "ogg", "flac", "wav", "vcf", "ics", "webmanifest", "map", "asc",
        "pub", "zip", "gz", "tar", "7z", "rar", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp", "epub", "apk",
    ]

    /// JPEG, PNG, GIF, WebP, HEIF/AVIF and TIFF by their signatures.
    static func looksRaster(_ bytes: [UInt8]) -> Bool {
        func starts(_ prefix: [UInt8], at offset: Int = 0) -> Bool {
            bytes.count >= offset + prefix.count && Array(bytes[offset..<offset + prefix.count]) == prefix
        }
        if starts([0xFF, 0xD8, 0xFF]) || starts([0x89, 0x50, 0x4E, 0x47]) || starts(Array("GIF8".utf8)) { return true }
        if starts(Array("RIFF".utf8)) && starts(Array("WEBP".utf8), at: 8) { return true }
        if starts([0x49, 0x49, 0x2A, 0x00]) || starts([0x4D, 0x4D, 0x00, 0x2A]) { return true }
        if starts(Array("ftyp".utf8), at: 4), bytes.count >= 12 {
            let brand = String(decoding: bytes[8..<12], as: UTF8.self)
            return ["heic", "heix", "hevc", "heim", "heis", "mif1", "msf1", "avif", "avis"].contains(brand)
        }
        return false
    }
}

/// The raster formats sitegen reads from `static/` and writes for the web.
enum ImageFormat: String, Sendable, Codable, CaseIterable {
    case jpeg, png, webp, avif, heic

    /// The extension of the files sitegen writes in this format.
    var fileExtension: String {
        switch self {
        case .jpeg: "jpg"
        case .png: "png"
        case .webp: "webp"
        case .avif: "avif"
        case .heic: "heic"
        }
    }

    var mimeType: String { "image/\(self)" }

    /// The format of a file of `static/` by its extension, when sitegen
    /// processes such files; SVG, GIF and the rest pass through unchanged.
    static func ofStaticFile(_ path: String) -> ImageFormat? {
        guard let dot = path.lastIndex(of: "."), path[dot...].count <= 5 else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "jpg", "jpeg", "jpe": return .jpeg
        case "png": return .png
        case "webp": return .webp
        case "avif": return .avif
        case "heic", "heif": return .heic
        default: return nil
        }
    }
}

/// What sitegen knows of a raster image before decoding its pixels.
struct ImageHeader: Sendable, Codable, Equatable {
    /// As shown: a photo taken sideways (EXIF orientation 5 to 8) has its
    /// width and height swapped, since its variants are turned upright.
    var width: Int
    var height: Int
    var hasAlpha: Bool
    var format: ImageFormat

    /// The format of the variants for browsers without AVIF and WebP: PNG
    /// for images with transparency, JPEG for the rest (HEIC and AVIF photos too).
    var fallbackFormat: ImageFormat { hasAlpha ? .png : .jpeg }
}

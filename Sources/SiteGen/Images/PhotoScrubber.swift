import Foundation

/// Removes a photo's metadata when it enters the site from elsewhere (a
/// platform's export), before anything else sees it: a JPEG or WebP keeps
/// its compressed pixels and loses its EXIF, XMP and IPTC blocks; other
/// formats are re-encoded upright by libvips at full size, which keeps no
/// metadata. The build's image pipeline removes metadata again from what it
/// publishes; this is for the copy that stays in `static/`.
package enum PhotoScrubber {
    package struct Scrubbed: Sendable {
        package var data: Data
        /// The extension the file should have, from its content (`jpg`).
        package var fileExtension: String
    }

    /// The photo without metadata, or why it cannot be used.
    package static func scrubbed(_ data: Data) -> Result<Scrubbed, ImageError> {
        let header: ImageHeader
        switch VipsImaging.header(of: data) {
        case .success(let read): header = read
        case .failure(let error): return .failure(error)
        }
        switch header.format {
        case .jpeg:
            if let stripped = JPEGMetadata.stripped(data) { return .success(Scrubbed(data: stripped, fileExtension: "jpg")) }
        case .webp:
            if let stripped = WebPMetadata.stripped(data) { return .success(Scrubbed(data: stripped, fileExtension: "webp")) }
        case .png, .avif, .heic, .gif:
            break
        }
        switch VipsImaging.make([.original], from: data, header: header) {
        case .success(let made):
            guard let original = made[.original] else { return .failure(ImageError(message: "not a readable image")) }
            return .success(Scrubbed(data: original, fileExtension: header.format.fileExtension))
        case .failure(let error):
            return .failure(error)
        }
    }
}

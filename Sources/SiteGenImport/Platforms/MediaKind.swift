/// Whether a file of an export is a video or a photo, by its extension: an
/// export names its files as the platform stored them.
enum MediaKind {
    static let videoExtensions: Set<String> = ["mp4", "m4v", "mov", "webm"]

    static func of(_ path: String) -> ImportedMedia.Kind {
        videoExtensions.contains(MediaPlacer.fileExtension(of: path)) ? .video : .photo
    }
}

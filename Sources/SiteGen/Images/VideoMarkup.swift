import Foundation

/// The `<video>` that a Markdown image of a video file becomes
/// (`![Kneading the dough](/posts/rye-3.mp4)`): controls, nothing loaded
/// before the visitor asks (`preload="none"`), the description as its
/// accessible name, and a link to the file for browsers that cannot play
/// it. A photo beside it with the same name and `.poster.jpg`
/// (`rye-3.poster.jpg`) is shown before it plays, and gives its size. The
/// photo pipeline never reads a video: it processes rasters only.
enum VideoMarkup {
    /// What browsers play in `<video>` (`.mov` and `.m4v` when they hold H.264).
    static let extensions: Set<String> = ["mp4", "webm", "mov", "m4v"]

    static func isVideo(_ file: String) -> Bool {
        guard let dot = file.lastIndex(of: "."), !file[dot...].contains("/") else { return false }
        return extensions.contains(file[file.index(after: dot)...].lowercased())
    }

    /// `posts/rye-3.mp4` -> `posts/rye-3.poster.jpg`
    static func posterFile(of file: String) -> String {
        guard let dot = file.lastIndex(of: ".") else { return file + ".poster.jpg" }
        return file[..<dot] + ".poster.jpg"
    }

    /// `microformat` marks it as the post's video (`u-video`) on pages that are h-entries.
    static func html(_ video: MarkdownImage, _ catalog: ImageCatalog, baseURL: BaseURL, microformat: Bool) -> String {
        let poster = posterFile(of: video.file)
        let source = HTMLEscaping.attribute(video.address)
        var html = "<video"
        if microformat { html += " class=\"u-video\"" }
        html += " controls preload=\"none\" src=\"\(source)\""
        if catalog.isProcessed(poster) {
            // The poster is named by its own address, so the photo step publishes it (without its metadata).
            html += " poster=\"\(HTMLEscaping.attribute(PictureMarkup.address(poster, baseURL: baseURL)))\""
            if let header = catalog.entries[poster]?.header { html += " width=\"\(header.width)\" height=\"\(header.height)\"" }
        }
        let alt = video.alt.trimmingCharacters(in: .whitespacesAndNewlines)
        if !alt.isEmpty { html += " aria-label=\"\(HTMLEscaping.attribute(alt))\"" }
        if let title = video.title { html += " title=\"\(HTMLEscaping.attribute(title))\"" }
        let name = alt.isEmpty ? String(video.file.split(separator: "/").last ?? Substring(video.file)) : alt
        return html + "><a href=\"\(source)\">\(HTMLEscaping.text(name))</a></video>"
    }
}

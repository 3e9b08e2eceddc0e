/// `Content-Type` by file extension, for every kind of file a theme or a
/// site's `static/` folder holds.
enum ContentTypes {
    static func forExtension(_ pathExtension: String) -> String {
        switch pathExtension.lowercased() {
        case "html", "htm": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js", "mjs": "text/javascript; charset=utf-8"
        case "json", "map": "application/json"
        case "webmanifest": "application/manifest+json"
        case "xml": "application/xml; charset=utf-8"
        case "atom": "application/atom+xml"
        case "rss": "application/rss+xml"
        case "txt", "md": "text/plain; charset=utf-8"
        case "vcf": "text/vcard; charset=utf-8"
        case "ics": "text/calendar; charset=utf-8"
        case "csv": "text/csv; charset=utf-8"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "gif": "image/gif"
        case "webp": "image/webp"
        case "avif": "image/avif"
        case "ico": "image/x-icon"
        case "woff": "font/woff"
        case "woff2": "font/woff2"
        case "ttf": "font/ttf"
        case "otf": "font/otf"
        case "pdf": "application/pdf"
        case "zip": "application/zip"
        case "mp3": "audio/mpeg"
        case "ogg": "audio/ogg"
        case "mp4": "video/mp4"
        case "webm": "video/webm"
        case "wasm": "application/wasm"
        default: "application/octet-stream"
        }
    }
}

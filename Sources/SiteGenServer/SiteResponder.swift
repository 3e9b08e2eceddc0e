import Foundation
import NIOHTTP1
import SiteGen

#if canImport(Glibc)
    import Glibc
#endif

/// Answers the browser's requests from the latest good build: files with
/// their type, pretty URLs, the site's 404 page, revalidation with ETags,
/// the live reload channel, and an error page while the site has errors.
struct SiteResponder: Sendable {
    let state: PreviewState
    let hub: LiveReloadHub
    /// Files larger than this (but pages) are streamed from disk instead of read into memory.
    static let largestBufferedFile = 256 * 1024
    /// Live reload streams held open at once: each takes a connection that is
    /// never closed to make room, and a browser opens at most six per address.
    static let maximumEventStreams = 64

    /// Runs on the server's thread pool: it may wait for the disk.
    func answer(_ request: HTTPRequestHead) -> HTTPAnswer {
        guard request.method == .GET || request.method == .HEAD else {
            return HTTPAnswer(
                status: 405, headers: [("Allow", "GET, HEAD"), ("Content-Type", "text/plain; charset=utf-8")],
                body: .bytes(Data("Method not allowed\n".utf8)))
        }
        let path = String(request.uri.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
        if path == LiveReloadHub.path {
            guard hub.listenerCount < Self.maximumEventStreams else {
                return .plain(503, "Too many pages are listening for reloads; close some tabs.")
            }
            return HTTPAnswer(status: 200, headers: [("Content-Type", "text/event-stream"), ("Cache-Control", "no-cache")], body: .events(hub))
        }
        let errors = state.errors
        if !errors.isEmpty, Self.isPage(path) {
            return HTTPAnswer(
                status: 500, headers: [("Content-Type", "text/html; charset=utf-8"), ("Cache-Control", "no-store")],
                body: .bytes(Data(ErrorPage.html(errors).utf8)))
        }
        guard let root = state.root else {
            return .plain(503, "The site is being built; this page reloads when it is ready.")
        }
        switch SiteFileResolver(root: root).resolve(path) {
        case .file(let file):
            return fileAnswer(file, status: 200, request: request)
        case .redirect(let location):
            let query = request.uri.dropFirst(path.count)
            return HTTPAnswer(
                status: 301, headers: [("Location", location + query), ("Content-Type", "text/plain; charset=utf-8")],
                body: .bytes(Data("Moved to \(location)\n".utf8)))
        case .forbidden:
            return .plain(403, "Forbidden")
        case .notFound:
            let notFound = root.appendingPathComponent("404.html")
            if FileManager.default.fileExists(atPath: notFound.path) {
                return fileAnswer(notFound, status: 404, request: request)
            }
            return .plain(404, "Not found")
        }
    }

    /// Addresses that show a page (and so the error page while the site has errors).
    static func isPage(_ path: String) -> Bool {
        let last = path.split(separator: "/").last.map(String.init) ?? ""
        return path.hasSuffix("/") || last.hasSuffix(".html") || !last.contains(".")
    }

    private func fileAnswer(_ file: URL, status: Int, request: HTTPRequestHead) -> HTTPAnswer {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: file.path),
            let size = (attributes[.size] as? NSNumber)?.intValue
        else { return .plain(404, "Not found") }
        let modified = (attributes[.modificationDate] as? Date) ?? Date(timeIntervalSince1970: 0)
        let etag = "\"\(size)-\(Int(modified.timeIntervalSince1970 * 1_000_000))\""
        let type = ContentTypes.forExtension(file.pathExtension)
        var headers = [
            ("Content-Type", type), ("ETag", etag), ("Cache-Control", "no-cache"),
            ("Last-Modified", Self.httpDate(modified)), ("X-Content-Type-Options", "nosniff"),
        ]
        if status == 200, request.headers["if-none-match"].first == etag {
            return HTTPAnswer(status: 304, headers: headers)
        }
        let isPage = type.hasPrefix("text/html")
        if !isPage, size > Self.largestBufferedFile {
            return HTTPAnswer(status: status, headers: headers, body: .file(path: file.path, size: size))
        }
        guard var body = FileManager.default.contents(atPath: file.path) else { return .plain(404, "Not found") }
        if isPage {
            body = Self.withLiveReload(body)
            headers.removeAll { $0.0 == "ETag" || $0.0 == "Last-Modified" }
            headers.append(("ETag", etag))
        }
        return HTTPAnswer(status: status, headers: headers, body: .bytes(body))
    }

    /// The page with the live reload script before its last `</body>`.
    static func withLiveReload(_ body: Data) -> Data {
        let html = String(decoding: body, as: UTF8.self)
        guard let close = html.range(of: "</body>", options: [.backwards, .caseInsensitive]) else {
            return Data((html + LiveReloadHub.script).utf8)
        }
        var result = html
        result.insert(contentsOf: LiveReloadHub.script + "\n", at: close.lowerBound)
        return Data(result.utf8)
    }

    /// `Sun, 06 Nov 1994 08:49:37 GMT`, written directly: a DateFormatter per
    /// request was a good part of each answer's work, and one shared by the
    /// connection threads is not known to be safe on Linux.
    static func httpDate(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(days[Int(parts.tm_wday)]), \(two(parts.tm_mday)) \(months[Int(parts.tm_mon)]) \(parts.tm_year + 1900) "
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)) GMT"
    }
}

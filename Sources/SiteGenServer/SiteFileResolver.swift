import Foundation

/// Maps a request path to a file of the built site, and never to anything
/// outside it: `..`, `%2e%2e`, encoded slashes, backslashes, NUL bytes and
/// symbolic links that lead out of the folder are refused.
struct SiteFileResolver: Sendable {
    enum Resolution: Equatable {
        case file(URL)
        /// A folder asked for without its trailing slash: `/about` -> `/about/`.
        case redirect(String)
        case notFound
        case forbidden
    }

    /// The built site's folder, symbolic links resolved.
    let root: URL

    init(root: URL) {
        self.root = root.resolvingSymlinksInPath().standardizedFileURL
    }

    func resolve(_ rawPath: String) -> Resolution {
        guard rawPath.hasPrefix("/") else { return .forbidden }
        let lowered = rawPath.lowercased()
        if lowered.contains("%2f") || lowered.contains("%5c") || lowered.contains("%00") || rawPath.contains("\\") {
            return .forbidden
        }
        guard let decoded = rawPath.removingPercentEncoding, !decoded.contains("\0"), !decoded.contains("\\") else { return .forbidden }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true)
        if segments.contains(where: { $0 == ".." || $0 == "." }) { return .forbidden }
        if decoded.hasPrefix("//") { return .forbidden }

        var candidate = root
        for segment in segments { candidate.appendPathComponent(String(segment)) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory) else { return .notFound }
        if isDirectory.boolValue {
            guard decoded.hasSuffix("/") else { return .redirect(rawPath + "/") }
            candidate.appendPathComponent("index.html")
        }
        let real = candidate.resolvingSymlinksInPath().standardizedFileURL
        guard real.path.hasPrefix(root.path + "/") else { return .forbidden }
        guard FileManager.default.fileExists(atPath: real.path, isDirectory: &isDirectory), !isDirectory.boolValue else { return .notFound }
        return .file(real)
    }
}

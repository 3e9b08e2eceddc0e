import Foundation

/// Turns relative links to Markdown files (`../about.md#hours`) into the
/// addresses of their pages (`/about/#hours`), and reports links to Markdown
/// files that are not pages of the site.
struct LinkRewriter: Sendable {
    /// Site path of every page by its file below `content/`.
    var pathsBySource: [String: String]
    var draftSources: Set<String>
    var baseURL: BaseURL

    /// Links with a scheme (`https:`, `mailto:`), protocol-relative links and
    /// fragments of the same page are left alone.
    static func isRelative(_ destination: String) -> Bool {
        if destination.isEmpty || destination.hasPrefix("#") || destination.hasPrefix("//") { return false }
        if let colon = destination.firstIndex(of: ":") {
            let scheme = destination[..<colon]
            if !scheme.isEmpty, scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }),
                !destination[..<colon].contains("/")
            {
                return false
            }
        }
        return true
    }

    /// `folder` is the linking page's folder below `content/`.
    func resolve(_ destination: String, from folder: String) -> Result<String, LinkError> {
        var path = destination
        var suffix = ""
        if let mark = path.firstIndex(where: { $0 == "#" || $0 == "?" }) {
            suffix = String(path[mark...])
            path = String(path[..<mark])
        }
        guard path.lowercased().hasSuffix(".md") else {
            // `/images/shop.svg` is written from the site's root: under a base
            // path (https://example.github.io/shop/) it needs that path in front.
            return .success(baseURL.rooted(pathOrAddress: destination))
        }
        let decoded = path.removingPercentEncoding ?? path
        var components: [Substring] = decoded.hasPrefix("/") ? [] : folder.split(separator: "/")
        for component in decoded.split(separator: "/") {
            switch component {
            case ".": continue
            case "..":
                guard !components.isEmpty else {
                    return .failure(LinkError(message: "the link \"\(destination)\" points outside content/"))
                }
                components.removeLast()
            default: components.append(component)
            }
        }
        let target = components.joined(separator: "/")
        if let sitePath = pathsBySource[target] {
            return .success(baseURL.rooted(sitePath) + suffix)
        }
        if draftSources.contains(target) {
            return .failure(
                LinkError(message: "the link \"\(destination)\" points to content/\(target), a draft; drafts are built only with --drafts"))
        }
        return .failure(LinkError(message: "the link \"\(destination)\" points to content/\(target), which does not exist"))
    }
}

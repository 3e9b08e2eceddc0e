import Foundation
import SiteGenCore

/// Turns relative links to Markdown files (`../about.md#hours`) into the
/// addresses of their pages (`/about/#hours`), and reports links to Markdown
/// files that are not pages of the site, and links and images that name a
/// file the site does not have (`/images/oven.jpg`, `menu.pdf`).
struct LinkRewriter: Sendable {
    /// Site path of every page by its file below `content/`.
    var pathsBySource: [String: String]
    var draftSources: Set<String>
    var baseURL: BaseURL
    /// Every file the build writes, relative to the output folder; nil to
    /// check no other link than those to Markdown files.
    var outputPaths: Set<String>? = nil

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

    /// `folder` is the linking page's folder below `content/`, `sitePath`
    /// its address (`/news/new-oven/`), which other relative links start from.
    func resolve(_ destination: String, from folder: String, sitePath: String = "/") -> Result<String, LinkError> {
        var path = destination
        var suffix = ""
        if let mark = path.firstIndex(where: { $0 == "#" || $0 == "?" }) {
            suffix = String(path[mark...])
            path = String(path[..<mark])
        }
        guard path.lowercased().hasSuffix(".md") else {
            if let outputPaths, !path.isEmpty, let problem = Self.missingFile(path, from: sitePath, among: outputPaths) {
                return .failure(LinkError(message: "the link \"\(destination)\" \(problem)"))
            }
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

    /// Why `path` (from the page at `sitePath`) names no file the build
    /// writes, or nil when it names one: a file, or a folder's `index.html`
    /// (`/press/`, or `/press` which servers redirect to it).
    static func missingFile(_ path: String, from sitePath: String, among outputPaths: Set<String>) -> String? {
        let decoded = path.removingPercentEncoding ?? path
        var components: [Substring] = decoded.hasPrefix("/") ? [] : sitePath.split(separator: "/")
        for component in decoded.split(separator: "/") {
            switch component {
            case ".": continue
            case "..":
                guard !components.isEmpty else { return "leads outside the site" }
                components.removeLast()
            default: components.append(component)
            }
        }
        let target = components.joined(separator: "/")
        let candidates =
            decoded.hasSuffix("/") || target.isEmpty ? [target.isEmpty ? "index.html" : target + "/index.html"] : [target, target + "/index.html"]
        if candidates.contains(where: outputPaths.contains) { return nil }
        let shown = "/" + target + (decoded.hasSuffix("/") && !target.isEmpty ? "/" : "")
        // Files by their path, pages by their folder: `images/oven.jpg`, `press/`.
        var addresses: [String: String] = [:]
        for output in outputPaths {
            if output == "index.html" { continue }
            if output.hasSuffix("/index.html") {
                addresses[String(output.dropLast("/index.html".count))] = "/" + output.dropLast("index.html".count)
            } else {
                addresses[output] = "/" + output
            }
        }
        let near = EditDistance.closest(to: target, among: addresses.keys, minimum: 2).flatMap { addresses[$0] }
        let suggestion = near.map { "; did you mean \($0)?" } ?? ""
        return "points to \(shown), which is not a file of the site (static/ or a page)\(suggestion)"
    }
}

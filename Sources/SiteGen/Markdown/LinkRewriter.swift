import Foundation
import SiteGenCore

/// Turns relative links to Markdown files (`../about.md#hours`) into the
/// addresses of their pages (`/about/#hours`), links to the site's own
/// address (`https://www.example.fr/contact/`) into root-relative ones, and
/// reports links to Markdown files that are not pages of the site, and links
/// and images that name a file the site does not have (`/images/oven.jpg`,
/// `menu.pdf`). A link to a part of a page of the site comes back with that
/// part, checked once every page is written (`FragmentCheck`).
struct LinkRewriter: Sendable {
    /// Site path of every page by its file below `content/`.
    var pathsBySource: [String: String]
    var draftSources: Set<String>
    var baseURL: BaseURL
    /// Every file the build writes, relative to the output folder; nil to
    /// check no other link than those to Markdown files.
    var outputPaths: Set<String>? = nil
    /// Why a file that sitegen writes only sometimes is missing from this
    /// build (`feed.xml`: "the site has no dated news posts"), by its path.
    var unwrittenReasons: [String: String] = [:]
    /// The addresses the site is known by (site.yml's `url` and the one it is
    /// built for): links to them are links within the site.
    var ownAddresses: [BaseURL] = []
    /// On a site in several languages, the address of each page's
    /// translations, by the page's file below `content/` and the language:
    /// a link written to `contact.md` in an English page leads to the
    /// English contact page when there is one.
    var translatedPaths: [String: [String: String]] = [:]

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

    /// The address to publish for a link written as `destination`; the
    /// tests' and fuzzer's shorthand for `resolve(_:from:sitePath:)`.
    func resolve(_ destination: String, from folder: String, sitePath: String = "/") -> Result<String, LinkError> {
        resolve(MarkdownLink(destination: destination), from: folder, sitePath: sitePath).map(\.address)
    }

    /// `folder` is the linking page's folder below `content/`, `sitePath`
    /// its address (`/news/new-oven/`), which other relative links start
    /// from, and `language` the language it is written in.
    func resolve(_ link: MarkdownLink, from folder: String, sitePath: String = "/", language: String? = nil) -> Result<ResolvedLink, LinkError> {
        var destination = link.destination
        if let local = ownSitePath(of: destination) { destination = local }
        if destination.hasPrefix("#") {
            let fragment = Self.fragmentTarget(Self.outputPath(ofSitePath: sitePath), destination, link)
            return .success(ResolvedLink(address: destination, fragment: fragment))
        }
        guard Self.isRelative(destination) else { return .success(ResolvedLink(address: destination)) }
        var path = destination
        var suffix = ""
        if let mark = path.firstIndex(where: { $0 == "#" || $0 == "?" }) {
            suffix = String(path[mark...])
            path = String(path[..<mark])
        }
        guard path.lowercased().hasSuffix(".md") else {
            guard let outputPaths, !path.isEmpty else { return .success(ResolvedLink(address: baseURL.rooted(pathOrAddress: destination))) }
            switch Self.outputFile(path, from: sitePath, among: outputPaths) {
            case .failure(let problem):
                return .failure(LinkError(message: "\(link.noun) \"\(link.destination)\" \(explained(problem))"))
            case .success(let file):
                // `/images/shop.svg` is written from the site's root: under a base
                // path (https://example.github.io/shop/) it needs that path in front.
                return .success(
                    ResolvedLink(address: baseURL.rooted(pathOrAddress: destination), fragment: Self.fragmentTarget(file, suffix, link), file: file))
            }
        }
        let decoded = path.removingPercentEncoding ?? path
        var components: [Substring] = decoded.hasPrefix("/") ? [] : folder.split(separator: "/")
        for component in decoded.split(separator: "/") {
            switch component {
            case ".": continue
            case "..":
                guard !components.isEmpty else {
                    return .failure(LinkError(message: "\(link.noun) \"\(link.destination)\" points outside content/"))
                }
                components.removeLast()
            default: components.append(component)
            }
        }
        let target = components.joined(separator: "/")
        if let targetPath = language.flatMap({ translatedPaths[target]?[$0] }) ?? pathsBySource[target] {
            return .success(
                ResolvedLink(
                    address: baseURL.rooted(targetPath) + suffix,
                    fragment: Self.fragmentTarget(Self.outputPath(ofSitePath: targetPath), suffix, link)))
        }
        if draftSources.contains(target) {
            return .failure(
                LinkError(message: "\(link.noun) \"\(link.destination)\" points to content/\(target), a draft; drafts are built only with --drafts"))
        }
        return .failure(LinkError(message: "\(link.noun) \"\(link.destination)\" points to content/\(target), which does not exist"))
    }

    /// `https://www.example.fr/contact/#hours` as `/contact/#hours` when the
    /// site is published at `https://www.example.fr/` (or `https://example.fr/`,
    /// which the same business owns), so that the link also works in a
    /// preview or under another base address; nil for another site's address.
    func ownSitePath(of destination: String) -> String? {
        // Most links of a page are to other sites: their host is compared as
        // text first, and only an own host's address is parsed.
        guard let host = Self.hostText(of: destination), ownHosts.contains(host) else { return nil }
        guard let components = URLComponents(string: destination),
            let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = components.host?.lowercased(), !host.isEmpty, components.user == nil, components.password == nil
        else { return nil }
        func bare(_ host: String) -> String { host.hasPrefix("www.") ? String(host.dropFirst(4)) : host }
        for own in ownAddresses {
            guard let ownComponents = URLComponents(string: own.origin), let ownHost = ownComponents.host?.lowercased(),
                bare(ownHost) == bare(host), ownComponents.port == components.port
            else { continue }
            var path = components.percentEncodedPath
            if path.isEmpty { path = "/" }
            // `https://example.github.io/shop` is the site's root, as `/shop/` is.
            if path + "/" == own.path { path += "/" }
            guard path.hasPrefix(own.path) else { continue }
            var local = "/" + path.dropFirst(own.path.count)
            if let query = components.percentEncodedQuery { local += "?" + query }
            if let fragment = components.percentEncodedFragment { local += "#" + fragment }
            return local
        }
        return nil
    }

    /// The hosts of `ownAddresses`, lower case, without `www.`.
    private var ownHosts: Set<String> {
        Set(ownAddresses.compactMap { Self.hostText(of: $0.origin) })
    }

    /// `example.fr` from `https://WWW.Example.fr:8443/a`: the host of an
    /// `http:` or `https:` address as written, lower case, without `www.`
    /// and port; nil for anything else. A quick filter, not a parser.
    static func hostText(of address: String) -> String? {
        let lower = address.prefix(8).lowercased()
        let start: String.Index
        if lower.hasPrefix("https://") {
            start = address.index(address.startIndex, offsetBy: 8)
        } else if lower.hasPrefix("http://") {
            start = address.index(address.startIndex, offsetBy: 7)
        } else {
            return nil
        }
        let rest = address[start...]
        var host = rest.prefix { !"/?#:".contains($0) }.lowercased()
        if let at = host.lastIndex(of: "@") { host = String(host[host.index(after: at)...]) }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }

    /// The problem of `missingFile`, with the reason when the file is one
    /// sitegen writes only sometimes.
    private func explained(_ problem: MissingFile) -> String {
        if let reason = unwrittenReasons[problem.target] {
            return "points to \(problem.shown), which this site does not have: \(reason)"
        }
        return problem.description
    }

    /// The part of the page written to `outputPath` that `suffix` (`#hours`,
    /// `?a=b#hours`) names, or nil when it names none or the file is not a page.
    static func fragmentTarget(_ outputPath: String, _ suffix: String, _ link: MarkdownLink) -> FragmentTarget? {
        guard let hash = suffix.firstIndex(of: "#") else { return nil }
        let raw = suffix[suffix.index(after: hash)...]
        // `#` alone, and `#top`, go to the top of any page, as browsers do.
        guard !raw.isEmpty, raw.lowercased() != "top", outputPath.hasSuffix(".html") else { return nil }
        let id = String(raw).removingPercentEncoding ?? String(raw)
        return FragmentTarget(outputPath: outputPath, id: id, written: link.destination, isImage: link.isImage)
    }

    /// `/about/` is written to `about/index.html`, `/` to `index.html`, `/404.html` to itself.
    static func outputPath(ofSitePath sitePath: String) -> String {
        let path = sitePath.drop { $0 == "/" }
        return path.isEmpty || path.hasSuffix("/") ? path + "index.html" : String(path)
    }

    /// A path the build does not write, as `missingFile` found it.
    struct MissingFile: Error, CustomStringConvertible {
        /// Relative to the output folder, without a trailing slash.
        var target: String
        /// As the message shows it: `/images/oven.jpg`, `/press/`.
        var shown: String
        var description: String
    }

    /// The file the build writes for `path` (from the page at `sitePath`):
    /// a file, or a folder's `index.html` (`/press/`, or `/press` which
    /// servers redirect to it); or why there is none.
    static func outputFile(_ path: String, from sitePath: String, among outputPaths: Set<String>) -> Result<String, MissingFile> {
        let decoded = path.removingPercentEncoding ?? path
        var components: [Substring] = decoded.hasPrefix("/") ? [] : sitePath.split(separator: "/")
        for component in decoded.split(separator: "/") {
            switch component {
            case ".": continue
            case "..":
                guard !components.isEmpty else { return .failure(MissingFile(target: "", shown: decoded, description: "leads outside the site")) }
                components.removeLast()
            default: components.append(component)
            }
        }
        let target = components.joined(separator: "/")
        let candidates =
            decoded.hasSuffix("/") || target.isEmpty ? [target.isEmpty ? "index.html" : target + "/index.html"] : [target, target + "/index.html"]
        if let found = candidates.first(where: outputPaths.contains) { return .success(found) }
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
        return .failure(
            MissingFile(
                target: target, shown: shown,
                description: "points to \(shown), which is not a file of the site (static/ or a page)\(suggestion)"))
    }

    /// Why `path` (from the page at `sitePath`) names no file the build
    /// writes, or nil when it names one.
    static func missingFile(_ path: String, from sitePath: String, among outputPaths: Set<String>) -> String? {
        switch outputFile(path, from: sitePath, among: outputPaths) {
        case .success: nil
        case .failure(let problem): problem.description
        }
    }
}

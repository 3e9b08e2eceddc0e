import Foundation

/// Addresses that may reach an `href`: absolute `https:` or `http:`, with a
/// host, without a user or password, without spaces or control characters
/// (a CR/LF would start a new line of a vCard), with a port and a host that
/// DNS can carry.
package enum WebAddress {
    package static func isValid(_ text: String) -> Bool {
        problem(text) == nil
    }

    /// Why `text` may not be published as an address, in words that follow
    /// the quoted address (`"..." has no host`); nil when it may.
    package static func problem(_ text: String) -> String? {
        if let bad = text.unicodeScalars.first(where: isForbidden) {
            return bad == " "
                ? "contains a space; remove it, or write it as %20"
                : "contains \(TextField.describe(bad)); an address is one line without spaces"
        }
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
            scheme == "https" || scheme == "http", let host = components.host, !host.isEmpty
        else { return notAbsolute }
        guard components.user == nil, components.password == nil else { return "carries a user name or password; remove it" }
        if let port = components.port, !(1...65535).contains(port) {
            return "has the port \(port), which is not between 1 and 65535"
        }
        return HostName.problem(components.encodedHost ?? host)
    }

    package static let notAbsolute = "is not an absolute https: or http: address"

    /// Spaces of any kind and control characters (C0, DEL, C1) are never part of an address.
    package static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x21 || (0x7F...0x9F).contains(scalar.value) || scalar.properties.isWhitespace
    }

    /// The form two addresses are compared in, to find one page or one
    /// account listed twice: `http:` as `https:`; the host without case,
    /// `www.`, a final dot or the default port; a platform's phone site or
    /// older domain as its main one (`m.facebook.com`, `twitter.com`); no
    /// trailing slash, fragment or tracking parameter (`TrackingParameters`);
    /// the account name in the path without case where the platform reads
    /// it so (`PlatformAddressRule`), and a handle path (`/@name`: Mastodon
    /// and the fediverse, Threads, TikTok, YouTube, Medium) on any host.
    /// Everything else is kept: `/Page` and `/page` of a site can be two
    /// pages, and `?v=` picks a video.
    package static func normalised(_ text: String) -> String {
        guard var components = URLComponents(string: text) else { return text }
        let scheme = components.scheme?.lowercased()
        components.scheme = scheme == "http" ? "https" : scheme
        var host = components.host?.lowercased() ?? ""
        if host.hasSuffix(".") { host.removeLast() }
        if host.hasPrefix("www.") { host.removeFirst(4) }
        let platform = PlatformAddressRule.matching(host)
        components.host = platform?.host ?? host
        if components.port == 443 || components.port == 80, scheme == "http" || scheme == "https" { components.port = nil }
        while components.percentEncodedPath.hasSuffix("/") { components.percentEncodedPath.removeLast() }
        components.percentEncodedPath = caseFree(components.percentEncodedPath, segments: platform?.rule.caseFreeSegments ?? 0)
        if let query = components.percentEncodedQuery {
            // Pieces of the query as written, so that nothing is encoded anew.
            let kept = query.split(separator: "&").filter { item in
                let name = item.prefix { $0 != "=" }
                return !TrackingParameters.isTracking(name.removingPercentEncoding ?? String(name), host: host)
            }
            components.percentEncodedQuery = kept.isEmpty ? nil : kept.joined(separator: "&")
        }
        components.fragment = nil
        return components.string ?? text
    }

    /// `path` with its first `segments` segments in lower case, and a lone `/@handle` segment on any host.
    private static func caseFree(_ path: String, segments: Int) -> String {
        var parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let handle = parts.count == 2 && parts[1].hasPrefix("@")
        // parts[0] is the empty text before the path's first slash.
        for index in parts.indices.dropFirst() where index <= segments || handle {
            parts[index] = parts[index].lowercased()
        }
        return parts.joined(separator: "/")
    }
}

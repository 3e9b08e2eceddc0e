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

    /// The form two addresses are compared in to find duplicates: scheme and
    /// host in lower case, no `www.`, no trailing slash, and a handle path
    /// (`/@name`: Mastodon and the fediverse, Threads, TikTok, YouTube, Medium)
    /// in lower case, since those platforms read handles without case.
    package static func normalised(_ text: String) -> String {
        guard var components = URLComponents(string: text) else { return text }
        components.scheme = components.scheme?.lowercased()
        var host = components.host?.lowercased() ?? ""
        if host.hasPrefix("www.") { host.removeFirst(4) }
        components.host = host
        while components.percentEncodedPath.hasSuffix("/") { components.percentEncodedPath.removeLast() }
        let path = components.percentEncodedPath
        if path.hasPrefix("/@"), !path.dropFirst().contains("/") { components.percentEncodedPath = path.lowercased() }
        components.fragment = nil
        return components.string ?? text
    }
}

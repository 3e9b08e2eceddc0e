import Foundation

/// Addresses that may reach an `href`: absolute `https:` or `http:`, with a
/// host, without a user or password.
enum WebAddress {
    static func isValid(_ text: String) -> Bool {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
            scheme == "https" || scheme == "http", let host = components.host, !host.isEmpty,
            components.user == nil, components.password == nil
        else { return false }
        return true
    }

    /// The form two addresses are compared in to find duplicates: scheme and
    /// host in lower case, no `www.`, no trailing slash.
    static func normalised(_ text: String) -> String {
        guard var components = URLComponents(string: text) else { return text }
        components.scheme = components.scheme?.lowercased()
        var host = components.host?.lowercased() ?? ""
        if host.hasPrefix("www.") { host.removeFirst(4) }
        components.host = host
        while components.percentEncodedPath.hasSuffix("/") { components.percentEncodedPath.removeLast() }
        components.fragment = nil
        return components.string ?? text
    }
}

import Foundation

/// The addresses a link check asks, and when two of them are the same page.
enum LinkAddress {
    /// Longer addresses are refused rather than sent: no page of a site
    /// links that, and a server may refuse it anyway.
    static let maxLength = 8_192

    /// The address to ask; a malformed one throws a `.badAddress` error
    /// whose message is one plain line without the address.
    static func webURL(_ text: String) throws(FetchError) -> URL {
        guard text.utf8.count <= maxLength else { throw FetchError("the address is over 8,192 characters long", kind: .badAddress) }
        if text.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 32 || $0.value == 127 }) {
            throw FetchError("not a valid web address: it holds a space or a line break", kind: .badAddress)
        }
        guard let url = URL(string: text), HTTPTransport.isWeb(url) else {
            throw FetchError("not a valid http: or https: address", kind: .badAddress)
        }
        return url
    }

    /// The server a request goes to, `host:port`, for the per-host limit
    /// (browsers count connections per host and port too).
    static func serverKey(of text: String) -> String {
        guard let components = URLComponents(string: text), let host = components.host?.lowercased() else { return "" }
        let port = components.port ?? (components.scheme?.lowercased() == "https" ? 443 : 80)
        return "\(host):\(port)"
    }

    /// True when two addresses name the same page as a server sees it:
    /// scheme and host in any case, a default port written or not, an
    /// empty path or `/`, and no fragment (it is never sent).
    static func samePage(_ first: String, _ second: String) -> Bool {
        guard let first = canonical(first), let second = canonical(second) else { return first == second }
        return first == second
    }

    private static func canonical(_ text: String) -> String? {
        guard var components = URLComponents(string: text) else { return nil }
        let scheme = components.scheme?.lowercased()
        components.scheme = scheme
        components.host = components.host?.lowercased()
        if components.port == (scheme == "https" ? 443 : 80) { components.port = nil }
        if components.percentEncodedPath.isEmpty { components.percentEncodedPath = "/" }
        components.fragment = nil
        return components.string
    }
}

import Foundation

/// Where a fetch is, for its messages: the address of the current hop and,
/// after a redirect, the address that was asked for, so that a failure names
/// the server that failed rather than the first one.
struct FetchPlace {
    var url: URL
    var redirectedFrom: URL?

    var address: String { url.absoluteString }

    /// `http://a.example/x`, or after a redirect
    /// `http://127.0.0.1:22/ (redirected from http://a.example/x)`.
    var shown: String {
        guard let redirectedFrom else { return address }
        return "\(address) (redirected from \(redirectedFrom.absoluteString))"
    }

    /// The host as written, an IPv6 address in brackets.
    var host: String {
        let host = url.host ?? address
        return host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
    }

    /// `a.example:443`, `127.0.0.1:22`, `[::1]:8080`: where the connection goes.
    var hostAndPort: String {
        let port = url.port ?? (url.scheme?.lowercased() == "https" ? 443 : 80)
        return "\(host):\(port)"
    }
}

/// What a link check found, in the words of `sitegen check --external`.
public enum LinkVerdict: String, Codable, Sendable, Equatable {
    /// The page answered 2xx at the address as written.
    case ok
    /// The page answered 2xx at another address, after redirects: the link
    /// works but should be updated (`finalURL`).
    case redirected
    /// The page or its server is no more: 404, 410, or a server name that
    /// does not exist.
    case gone
    /// The server refuses robots or hides behind a login or a browser check
    /// (LinkedIn's 999, 429, Facebook's 403, Cloudflare's challenge): a
    /// person should look. Never an error.
    case unverifiable
    /// No usable answer: timeout, TLS failure, connection refused, 5xx,
    /// another 4xx, a redirect loop, a malformed address.
    case error
}

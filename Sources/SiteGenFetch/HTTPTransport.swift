import Foundation

/// The seam: tests may inject a fake; `.live` is the real one.
///
/// `get` blocks until the answer is complete or a limit is passed, follows
/// only `http:` and `https:` redirects, and throws `FetchError` with a
/// one-line message naming the address that failed.
public struct HTTPTransport: Sendable {
    public var get: @Sendable (_ url: URL, _ limits: FetchLimits) throws(FetchError) -> HTTPResponse

    public init(get: @escaping @Sendable (_ url: URL, _ limits: FetchLimits) throws(FetchError) -> HTTPResponse) {
        self.get = get
    }

    /// libcurl, one redirect hop at a time (`CurlFetch`).
    public static let live = HTTPTransport { url, limits throws(FetchError) in
        try CurlFetch(limits: limits).get(url)
    }

    static let userAgent = "sitegen (press add --fetch)"

    static func isWeb(_ url: URL) -> Bool {
        guard let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https" else { return false }
        return !(url.host ?? "").isEmpty
    }
}

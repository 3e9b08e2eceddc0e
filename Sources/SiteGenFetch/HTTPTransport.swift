import Foundation

/// The seam: tests may inject a fake; `.live` is the real one.
///
/// `send` blocks until the answer is complete or a limit is passed, follows
/// only `http:` and `https:` redirects, and throws `FetchError` with a
/// one-line message naming the address that failed.
public struct HTTPTransport: Sendable {
    public var send: @Sendable (_ request: HTTPRequest, _ limits: FetchLimits) throws(FetchError) -> HTTPResponse

    public init(send: @escaping @Sendable (_ request: HTTPRequest, _ limits: FetchLimits) throws(FetchError) -> HTTPResponse) {
        self.send = send
    }

    /// A transport that answers every request alike, whatever its method.
    public init(get: @escaping @Sendable (_ url: URL, _ limits: FetchLimits) throws(FetchError) -> HTTPResponse) {
        self.send = { request, limits throws(FetchError) in try get(request.url, limits) }
    }

    /// A GET with sitegen's own User-Agent.
    public func get(_ url: URL, _ limits: FetchLimits) throws(FetchError) -> HTTPResponse {
        try send(HTTPRequest(url: url), limits)
    }

    /// libcurl, one redirect hop at a time (`CurlFetch`).
    public static let live = HTTPTransport { request, limits throws(FetchError) in
        try CurlFetch(limits: limits).send(request)
    }

    static let userAgent = "sitegen (press add --fetch)"

    static func isWeb(_ url: URL) -> Bool {
        guard let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https" else { return false }
        return !(url.host ?? "").isEmpty
    }
}

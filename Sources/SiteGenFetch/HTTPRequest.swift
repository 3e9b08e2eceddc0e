import Foundation

/// One request to send: a GET unless said otherwise. `HEAD` asks for the
/// answer's head only (what a link check needs), `POST` sends a form.
public struct HTTPRequest: Sendable {
    public enum Method: String, Sendable {
        case get = "GET"
        case head = "HEAD"
        case post = "POST"
    }

    public var url: URL
    public var method: Method
    /// Extra headers (`Authorization`, `Accept`), sent as given; names and
    /// values must not hold line breaks (they are refused before sending).
    public var headers: [String: String]
    /// The body of a POST, sent as `application/x-www-form-urlencoded`
    /// unless `headers` name another `Content-Type`.
    public var body: Data?
    /// Nil for sitegen's own ("sitegen (press add --fetch)").
    public var userAgent: String?

    public init(url: URL, method: Method = .get, headers: [String: String] = [:], body: Data? = nil, userAgent: String? = nil) {
        self.url = url
        self.method = method
        self.headers = headers
        self.body = body
        self.userAgent = userAgent
    }

    /// The same request to another address, after a redirect: 303 makes any
    /// request a GET, and 301 and 302 turn a POST into a GET as browsers
    /// do; 307 and 308 repeat it as it was.
    func redirected(to target: URL, status: Int) -> HTTPRequest {
        var next = self
        next.url = target
        if status == 303 && method != .head || (status == 301 || status == 302) && method == .post {
            next.method = .get
            next.body = nil
        }
        return next
    }

    /// A header name or value with a line break or NUL would let a value
    /// start a header of its own.
    var unsafeHeader: String? {
        headers.first { name, value in (name + value).contains { $0 == "\r" || $0 == "\n" || $0 == "\0" } }?.key
    }
}

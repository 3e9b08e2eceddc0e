import Foundation

/// One answer to a request, once the limits were respected. Statuses other
/// than 2xx are answers too: what to make of them is the caller's business.
public struct HTTPResponse: Sendable {
    /// One redirect followed on the way: the address that answered with it.
    public struct Redirect: Sendable, Equatable {
        public var address: String
        public var status: Int

        public init(address: String, status: Int) {
            self.address = address
            self.status = status
        }
    }

    public var status: Int
    /// The `Content-Type` header as sent, parameters included.
    public var contentType: String?
    /// After decompression: the page itself (empty for a HEAD).
    public var body: Data
    /// The address the answer came from, after redirects.
    public var finalURL: String
    /// The final answer's headers, names in lower case, repeated ones joined
    /// with ", ".
    public var headers: [String: String]
    /// Each redirect followed, in order, before the final answer.
    public var redirects: [Redirect]

    public init(
        status: Int, contentType: String?, body: Data, finalURL: String, headers: [String: String] = [:], redirects: [Redirect] = []
    ) {
        self.status = status
        self.contentType = contentType
        self.body = body
        self.finalURL = finalURL
        self.headers = headers
        self.redirects = redirects
    }

    /// `Retry-After` in seconds, when given as a number of seconds.
    public var retryAfterSeconds: Int? {
        headers["retry-after"].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    }
}

import Foundation

/// One answer to a GET, once the limits were respected. Statuses other than
/// 2xx are answers too: what to make of them is the caller's business.
public struct HTTPResponse: Sendable {
    public var status: Int
    /// The `Content-Type` header as sent, parameters included.
    public var contentType: String?
    /// After decompression: the page itself.
    public var body: Data
    /// The address the answer came from, after redirects.
    public var finalURL: String

    public init(status: Int, contentType: String?, body: Data, finalURL: String) {
        self.status = status
        self.contentType = contentType
        self.body = body
        self.finalURL = finalURL
    }
}

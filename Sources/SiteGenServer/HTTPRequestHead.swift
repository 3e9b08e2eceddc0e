/// The request line and headers of one HTTP/1.1 request.
public struct HTTPRequestHead: Sendable {
    public var method: String
    /// The request target as sent: the path, still percent-encoded, and the query.
    public var target: String
    public var version: String
    /// Header names in lower case.
    public var headers: [String: String]

    public var path: String {
        String(target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
    }

    public var keepAlive: Bool {
        let connection = headers["connection"]?.lowercased()
        return version == "HTTP/1.1" ? connection != "close" : connection == "keep-alive"
    }
}

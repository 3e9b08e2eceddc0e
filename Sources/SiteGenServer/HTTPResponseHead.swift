import Foundation

/// An answer of the preview server: a status, headers and a body, or a
/// stream that the connection keeps open (live reload events).
public struct HTTPAnswer: Sendable {
    public var status: Int
    public var headers: [(String, String)]
    public var body: Data
    /// For Server-Sent Events: called with a function that sends bytes and
    /// returns false once the client is gone; the connection ends when it returns.
    public var stream: (@Sendable (_ send: (Data) -> Bool) -> Void)?

    public init(status: Int, headers: [(String, String)] = [], body: Data = Data(), stream: (@Sendable (_ send: (Data) -> Bool) -> Void)? = nil) {
        self.status = status
        self.headers = headers
        self.body = body
        self.stream = stream
    }

    static func plain(_ status: Int, _ text: String) -> HTTPAnswer {
        HTTPAnswer(status: status, headers: [("Content-Type", "text/plain; charset=utf-8")], body: Data((text + "\n").utf8))
    }

    static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 301: "Moved Permanently"
        case 304: "Not Modified"
        case 400: "Bad Request"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 408: "Request Timeout"
        case 414: "URI Too Long"
        case 431: "Request Header Fields Too Large"
        case 500: "Internal Server Error"
        case 503: "Service Unavailable"
        default: "Status"
        }
    }
}

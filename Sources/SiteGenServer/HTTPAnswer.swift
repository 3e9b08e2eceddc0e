import Foundation

/// An answer of the preview server: a status, headers and a body, which is
/// bytes, a file streamed from disk, or the live reload event stream that
/// the connection keeps open.
public struct HTTPAnswer: Sendable {
    public enum Body: Sendable {
        case bytes(Data)
        /// A file too large to hold in memory, sent a chunk at a time.
        case file(path: String, size: Int)
        /// Server-Sent Events from the hub, until the page goes away or the server stops.
        case events(LiveReloadHub)
    }

    public var status: Int
    public var headers: [(String, String)]
    public var body: Body

    public init(status: Int, headers: [(String, String)] = [], body: Body = .bytes(Data())) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    static func plain(_ status: Int, _ text: String) -> HTTPAnswer {
        HTTPAnswer(status: status, headers: [("Content-Type", "text/plain; charset=utf-8")], body: .bytes(Data((text + "\n").utf8)))
    }
}

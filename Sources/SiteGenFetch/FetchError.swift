/// A fetch that did not give a usable answer. The message is one line that
/// names the address and, when it helps, says what to do instead.
public struct FetchError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, for callers that sort failures: a link checker
    /// counts a server name that does not exist as a page that is gone.
    public enum Kind: Sendable, Equatable {
        /// The server's name does not exist (DNS).
        case unknownHost
        case timeout
        /// The secure connection failed: certificate, protocol.
        case tls
        /// Nothing answers, or the connection broke.
        case connection
        /// Larger than the limit allows.
        case tooLarge
        /// Too many redirects, or one that goes in a circle.
        case redirects
        /// Not an address sitegen fetches, or one that is malformed.
        case badAddress
        case other
    }

    public var message: String
    public var kind: Kind
    /// The status of an answer that had begun when the fetch stopped (its
    /// body over the size limit), nil when none had: a link checker counts
    /// a large page of status 200 as one that exists.
    public var status: Int?
    public var description: String { message }

    public init(_ message: String, kind: Kind = .other) {
        self.message = message
        self.kind = kind
    }

    public init(message: String) {
        self.message = message
        self.kind = .other
    }
}

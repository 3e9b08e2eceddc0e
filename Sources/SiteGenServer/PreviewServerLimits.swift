import NIOHTTP1

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What one client may cost the preview server: the size of a request head,
/// the time it may take to send one, and how many connections are kept at
/// once. The defaults follow nginx's (a deadline for the whole head, like
/// `client_header_timeout`; a connection cap, like `worker_connections`).
public struct PreviewServerLimits: Sendable {
    /// Seconds from the connection's opening, or from the end of the previous
    /// answer on a kept-alive connection, until the request must be complete.
    /// A client that sends its head a byte at a time is closed then; so is a
    /// kept-alive connection left idle (Apache closes those after 5 s).
    public var headDeadline: Double = 10
    /// Connections kept at once. At the cap, a new connection closes the one
    /// that has waited longest for its request; see `ConnectionTable`.
    public var maximumConnections = 512
    /// The request line (in practice its address): longer gets 414.
    public var maximumRequestLine = 8 * 1024
    /// Header names and values together, and the number of header lines: more gets 431.
    public var maximumHeaderBytes = 32 * 1024
    public var maximumHeaderCount = 100
    /// Seconds a client may leave an answer unread (the connection cannot
    /// take more bytes) before it is closed.
    public var stalledWriteTimeout: Double = 30

    public init() {}

    /// The parser's own bounds, just above ours so that its errors are only a
    /// backstop (an address longer than a header may be gets 431, not 414).
    var decoderLimits: NIOHTTPDecoderLimitConfiguration {
        var limits = NIOHTTPDecoderLimitConfiguration()
        limits.maxHeaderFieldSize = maximumHeaderBytes
        limits.maxHeaderListSize = maximumHeaderBytes + maximumRequestLine
        limits.maxHeaderFieldCount = maximumHeaderCount
        return limits
    }

    /// The connection cap, kept to half the descriptors this process may open
    /// (the rebuilds and the watcher need the rest), after raising the soft
    /// limit to the hard one as nginx's `worker_rlimit_nofile` does.
    var effectiveMaximumConnections: Int {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return min(maximumConnections, 128) }
        if limit.rlim_cur < limit.rlim_max {
            var raised = limit
            raised.rlim_cur = limit.rlim_max
            if setrlimit(Int32(RLIMIT_NOFILE.rawValue), &raised) == 0 { limit = raised }
        }
        let available = Int(clamping: limit.rlim_cur)
        return max(16, min(maximumConnections, available / 2))
    }
}

/// What one `LinkChecker.run` gives: the results, and what the caller may
/// want to say about the cache.
public struct LinkCheckRun: Sendable, Equatable {
    /// One per distinct address, in the order first given.
    public var results: [LinkCheckResult]
    /// How many of them came from the cache, without a request.
    public var fromCache: Int
    /// Why the cache could not be written (one line), nil when it was or
    /// when there was nothing to write. The results stand either way.
    public var cacheProblem: String?

    /// Every address asked in this run, on two servers or more, failed
    /// because its server's name was not found: more likely the computer
    /// has no network (or no name server) than that every site is gone.
    public var looksOffline: Bool

    public init(results: [LinkCheckResult], fromCache: Int, cacheProblem: String? = nil, looksOffline: Bool = false) {
        self.results = results
        self.fromCache = fromCache
        self.cacheProblem = cacheProblem
        self.looksOffline = looksOffline
    }
}

/// Bounds on a link check, so that it is polite to servers and ends in a
/// known time: a check of 200 links takes about 200 / `total` requests' time,
/// not 200 timeouts in a row.
public struct LinkCheckLimits: Sendable {
    /// The most requests at once to one server (one host and port).
    public var perHost = 2
    /// The most requests at once in all.
    public var total = 8
    /// For each request (HEAD, then GET when needed), redirects included.
    public var timeout: Duration = .seconds(10)
    /// The most bytes of a GET's body read; a larger page of status 2xx is
    /// `ok` (see `LinkClassifier`).
    public var maxBytes = 2_000_000
    /// The most redirects followed; one more is an error (a loop ends so).
    public var maxRedirects = 10
    /// How long a result in the cache is trusted; `.error` results are kept
    /// one hour at most (a timeout today may work tomorrow).
    public var cacheLifetime: Duration = .seconds(7 * 24 * 3600)

    public init(
        perHost: Int = 2, total: Int = 8, timeout: Duration = .seconds(10), maxBytes: Int = 2_000_000, maxRedirects: Int = 10,
        cacheLifetime: Duration = .seconds(7 * 24 * 3600)
    ) {
        self.perHost = perHost
        self.total = total
        self.timeout = timeout
        self.maxBytes = maxBytes
        self.maxRedirects = maxRedirects
        self.cacheLifetime = cacheLifetime
    }

    /// What one request of the check may take.
    var fetchLimits: FetchLimits {
        FetchLimits(timeout: timeout, maxBytes: max(0, maxBytes), maxRedirects: max(0, maxRedirects))
    }
}

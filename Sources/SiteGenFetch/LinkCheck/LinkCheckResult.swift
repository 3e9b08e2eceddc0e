import Foundation

/// One address checked, as `check` returns it and as the cache keeps it.
public struct LinkCheckResult: Codable, Sendable, Equatable {
    /// The address as it was given.
    public var url: String
    public var verdict: LinkVerdict
    /// The final answer's status, when an answer came.
    public var httpStatus: Int?
    /// For `.redirected`: the address where the redirects end.
    public var finalURL: String?
    /// One plain line: "HTTP 404", "the server name does not exist",
    /// "asks to wait 120 s (HTTP 429)", "did not answer within 10 s".
    public var detail: String
    /// When the address was asked (a result from the cache keeps its own).
    public var checkedAt: Date

    public init(url: String, verdict: LinkVerdict, httpStatus: Int? = nil, finalURL: String? = nil, detail: String, checkedAt: Date) {
        self.url = url
        self.verdict = verdict
        self.httpStatus = httpStatus
        self.finalURL = finalURL
        self.detail = detail
        self.checkedAt = checkedAt
    }
}

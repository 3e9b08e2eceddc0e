/// The site's home page against Mastodon's rules for a verified link.
public struct HomePageReport: Sendable, Equatable {
    /// The address fetched: site.yml's `url:`, or `--url`.
    public var url: String
    public var checks: [HomePageCheck]

    public init(url: String, checks: [HomePageCheck]) {
        self.url = url
        self.checks = checks
    }

    public var passed: Bool { checks.allSatisfy(\.passed) }
}

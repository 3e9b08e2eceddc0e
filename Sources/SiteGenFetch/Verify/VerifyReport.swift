/// Everything `sitegen verify` found: each profile in the order of
/// `links.yml`, then the home page.
public struct VerifyReport: Sendable, Equatable {
    public var profiles: [ProfileVerification]
    public var home: HomePageReport

    public init(profiles: [ProfileVerification], home: HomePageReport) {
        self.profiles = profiles
        self.home = home
    }

    /// No profile without a link back, and a home page that Mastodon can
    /// verify; `unverifiable` profiles never fail.
    public var passed: Bool { home.passed && !profiles.contains { $0.result == .noLinkBack } }
}

/// One of Mastodon's rules for a verified link, checked on the site's home page.
public struct HomePageCheck: Sendable, Equatable {
    /// Stable names for scripts.
    public enum Rule: String, Sendable {
        /// The home page answers 200.
        case answers200 = "answers-200"
        /// Its HTML is under 1 MB, all that Mastodon reads.
        case under1MB = "under-1-mb"
        /// A `rel="me"` link to a Mastodon profile is in the HTML itself.
        case relMe = "rel-me"
        /// The Mastodon profile's address is `https:`.
        case httpsProfile = "https-profile"
    }

    public var rule: Rule
    /// The Mastodon profile the rule is about, for `rel-me` and `https-profile`.
    public var profile: String?
    public var passed: Bool
    /// One line: what was found and, when it fails, what to do.
    public var message: String

    public init(rule: Rule, profile: String? = nil, passed: Bool, message: String) {
        self.rule = rule
        self.profile = profile
        self.passed = passed
        self.message = message
    }
}

import Foundation

/// A profile of `links.yml` as `verify` needs it: the platform's name comes
/// from the site's platform registry, which lives in the engine.
public struct ProfileToVerify: Sendable, Equatable {
    public var url: String
    /// Where it is written: `links.yml:12`.
    public var place: String
    /// `Instagram`; nil for a site the registry does not know.
    public var platformName: String?
    /// What the site shows for it: the platform, the owner's label, or the host.
    public var displayName: String
    /// Mastodon's own API says whether Mastodon verified the link.
    public var isMastodon: Bool

    public init(url: String, place: String, platformName: String?, displayName: String, isMastodon: Bool) {
        self.url = url
        self.place = place
        self.platformName = platformName
        self.displayName = displayName
        self.isMastodon = isMastodon
    }

    /// `this Instagram account`, `the page at g.page`: for advice.
    var accountWords: String {
        if let platformName { return "this \(platformName) account" }
        return "the page at \(URLComponents(string: url)?.host ?? url)"
    }

    /// `Instagram`, or the host: for messages about the platform itself.
    var platformWords: String {
        platformName ?? URLComponents(string: url)?.host ?? url
    }
}

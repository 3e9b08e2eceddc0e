/// How a big platform reads a profile's address, so that one account
/// written two ways is found twice: which hosts serve it (`m.facebook.com`,
/// `twitter.com`) and how many path segments it reads without case (the
/// account name in `instagram.com/Name`, but not a post's code in
/// `/p/AbC`). Platform names and looks are data (`Templates/platforms.yml`,
/// which a site can replace); these rules live here because links.yml's
/// duplicates are found while it loads, before any site registry.
struct PlatformAddressRule: Sendable {
    /// The platform's main domain; addresses are compared on it.
    var domain: String
    /// Other domains of the same accounts, compared as `domain`.
    var aliases: [String] = []
    /// Leading path segments the platform reads without case.
    var caseFreeSegments: Int

    static let all: [PlatformAddressRule] = [
        PlatformAddressRule(domain: "instagram.com", aliases: ["instagr.am"], caseFreeSegments: 1),
        PlatformAddressRule(domain: "facebook.com", aliases: ["fb.com"], caseFreeSegments: 1),
        PlatformAddressRule(domain: "x.com", aliases: ["twitter.com"], caseFreeSegments: 1),
        PlatformAddressRule(domain: "threads.com", aliases: ["threads.net"], caseFreeSegments: 1),
        PlatformAddressRule(domain: "tiktok.com", caseFreeSegments: 1),
        PlatformAddressRule(domain: "github.com", caseFreeSegments: 1),
        // /in/name, /company/name; /profile/name.bsky.social (a handle is a domain name).
        PlatformAddressRule(domain: "linkedin.com", caseFreeSegments: 2),
        PlatformAddressRule(domain: "bsky.app", caseFreeSegments: 2),
        // /@handle is found by the fediverse rule; /channel/UC... and watch?v= keep their case.
        PlatformAddressRule(domain: "youtube.com", caseFreeSegments: 0),
    ]

    /// The phone versions of a platform's site, the same pages.
    static let mobilePrefixes = ["m.", "mobile."]

    /// The rule of a lower-case host without `www.`, with the host as
    /// compared: `m.facebook.com` and `fb.com` are `facebook.com`.
    static func matching(_ host: String) -> (rule: PlatformAddressRule, host: String)? {
        var bare = host
        for prefix in mobilePrefixes where bare.hasPrefix(prefix) {
            let rest = String(bare.dropFirst(prefix.count))
            if all.contains(where: { $0.owns(rest) }) { bare = rest }
        }
        guard let rule = all.first(where: { $0.owns(bare) }) else { return nil }
        return (rule, rule.aliases.contains(bare) ? rule.domain : bare)
    }

    /// The host itself is the platform's, not a subdomain of it (a
    /// subdomain such as business.facebook.com may be another service).
    private func owns(_ host: String) -> Bool {
        host == domain || aliases.contains(host)
    }
}

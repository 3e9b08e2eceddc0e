/// The big platforms that answer robots with a refusal (403, 401, 999)
/// while the page exists for a person: a refusal from them says nothing
/// about the link.
struct LinkPlatform: Sendable, Equatable {
    /// As an owner knows it: "Facebook", "X".
    var name: String
    /// The registered names; their subdomains (`www.`, `m.`, `fr.`,
    /// `business.`) belong to the same platform.
    var domains: [String]

    static let all = [
        LinkPlatform(name: "Facebook", domains: ["facebook.com", "fb.com"]),
        LinkPlatform(name: "Instagram", domains: ["instagram.com"]),
        LinkPlatform(name: "X", domains: ["x.com", "twitter.com"]),
        LinkPlatform(name: "LinkedIn", domains: ["linkedin.com"]),
    ]

    /// The platform a host belongs to: `www.facebook.com` and `m.facebook.com`
    /// are Facebook; `notfacebook.com` and `facebook.com.example` are not.
    static func owning(host: String?) -> LinkPlatform? {
        guard var host = host?.lowercased(), !host.isEmpty else { return nil }
        if host.hasSuffix(".") { host.removeLast() }
        return all.first { platform in
            platform.domains.contains { host == $0 || host.hasSuffix("." + $0) }
        }
    }
}

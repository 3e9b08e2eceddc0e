import Foundation

/// Reads the answer for a profile page into a result: a link back with
/// `rel="me"`, a plain one, none, or nothing to tell (robots refused).
struct ProfilePageReading {
    var site: SiteHome

    func verification(of profile: ProfileToVerify, answer: Result<HTTPResponse, FetchError>) -> ProfileVerification {
        let response: HTTPResponse
        switch answer {
        case .failure(let error):
            return verification(of: profile, failure: error)
        case .success(let answered):
            response = answered
        }
        if let reason = RobotBarrier.cloudflareChallenge(response) ?? RobotBarrier.refusal(response, platform: profile.platformWords) {
            return unverifiable(profile, reason)
        }
        if response.status == 404 || response.status == 410 {
            return ProfileVerification(
                profile: profile, result: .noLinkBack,
                message: "the profile page is gone (\(response.status == 404 ? "404 Not Found" : "410 Gone"))",
                advice: "check the address in \(profile.place); if the account is closed, remove it with `sitegen profile remove \(profile.url)`")
        }
        guard (200..<300).contains(response.status) else {
            return unverifiable(profile, "the server answered \(response.status) instead of the page")
        }
        if let type = response.contentType?.lowercased(), !type.contains("html"), !type.contains("xml") {
            let shown = type.split(separator: ";").first.map(String.init) ?? type
            return unverifiable(profile, "the address gives a file (\(shown.prefix(60))), not a web page")
        }
        let links = PageLinks(html: response.body, pageURL: response.finalURL)
        if let reason = RobotBarrier.loginWall(response, links: links, platform: profile.platformWords) {
            return unverifiable(profile, reason)
        }
        return verification(of: profile, links: links.links) ?? scriptOnlyOrNone(profile, links)
    }

    /// Verified or links back, from the links found; nil when none leads to the site.
    func verification(of profile: ProfileToVerify, links: [PageLinks.Link]) -> ProfileVerification? {
        let related = links.map { (link: $0, relation: site.relation(of: $0.href)) }.filter { $0.relation != .unrelated }
        if let found = related.first(where: { $0.link.isMe && $0.relation == .home }) {
            return ProfileVerification(profile: profile, result: .verified, message: "links to \(PageLinks.shown(found.link.href)) with rel=\"me\"")
        }
        if let found = related.first(where: { $0.link.isMe && $0.relation == .homeWithOtherScheme }) {
            return ProfileVerification(
                profile: profile, result: .linksBack,
                message:
                    "links with rel=\"me\" to \(PageLinks.shown(found.link.href)), but the site's address is \(site.url) (http: and https: differ)",
                advice: "change the link on \(profile.accountWords) to \(site.url)")
        }
        guard let found = related.first(where: { $0.relation == .home }) ?? related.first else { return nil }
        return ProfileVerification(
            profile: profile, result: .linksBack,
            message: "links to \(PageLinks.shown(found.link.href)) without rel=\"me\" (fine for \(profile.platformName ?? "most sites"))",
            advice: profile.isMastodon ? MastodonAdvice.addField(site) : nil)
    }

    private func scriptOnlyOrNone(_ profile: ProfileToVerify, _ links: PageLinks) -> ProfileVerification {
        if let reason = RobotBarrier.scriptOnly(links) { return unverifiable(profile, reason) }
        return ProfileVerification(
            profile: profile, result: .noLinkBack, message: "no link to the site on the page",
            advice: profile.isMastodon ? MastodonAdvice.addField(site) : "add \(site.url) to the bio or website field of \(profile.accountWords)")
    }

    private func verification(of profile: ProfileToVerify, failure error: FetchError) -> ProfileVerification {
        switch error.kind {
        case .unknownHost:
            return ProfileVerification(
                profile: profile, result: .noLinkBack, message: "the server's name does not exist (\(error.message))",
                advice: "check the address in \(profile.place)")
        case .tooLarge:
            return unverifiable(profile, "the page is larger than 1 MB, more than sitegen reads")
        default:
            return unverifiable(profile, "could not read the page: \(error.message)")
        }
    }

    private func unverifiable(_ profile: ProfileToVerify, _ reason: String) -> ProfileVerification {
        ProfileVerification(
            profile: profile, result: .unverifiable, message: reason,
            advice: "open \(profile.url) in a browser and check that it links to \(site.url)")
    }
}

import Foundation
import SiteGenCore

/// Checks the answer for the home page against what Mastodon needs to
/// verify a link to it: a 200, at most 1 MB of HTML, a `rel="me"` link to
/// each Mastodon profile in that HTML, and `https:` profile addresses.
struct HomePageInspection {
    /// The Mastodon profiles of `links.yml`.
    var mastodonProfiles: [ProfileToVerify]

    func checks(_ answer: Result<HTTPResponse, FetchError>) -> [HomePageCheck] {
        pageChecks(answer) + mastodonProfiles.map(httpsCheck)
    }

    private func pageChecks(_ answer: Result<HTTPResponse, FetchError>) -> [HomePageCheck] {
        let response: HTTPResponse
        switch answer {
        case .failure(let error) where error.kind == .tooLarge:
            return [
                HomePageCheck(
                    rule: .under1MB, passed: false,
                    message:
                        "the home page is larger than 1 MB: Mastodon reads only its first 1 MB and may not see the rel=\"me\" links; make it smaller")
            ]
        case .failure(let error):
            return [HomePageCheck(rule: .answers200, passed: false, message: "the home page did not answer: \(error.message)")]
        case .success(let answered):
            response = answered
        }
        let redirected = response.redirects.isEmpty ? "" : " (after redirects, at \(response.finalURL))"
        guard response.status == 200 else {
            return [
                HomePageCheck(
                    rule: .answers200, passed: false,
                    message: "the home page answers \(response.status)\(redirected): Mastodon verifies only a page that answers 200")
            ]
        }
        let kilobytes = max(1, (response.body.count + 999) / 1000)
        var checks = [
            HomePageCheck(rule: .answers200, passed: true, message: "the home page answers 200\(redirected)"),
            HomePageCheck(rule: .under1MB, passed: true, message: "its HTML is \(kilobytes) KB, under the 1 MB that Mastodon reads"),
        ]
        let links = PageLinks(html: response.body, pageURL: response.finalURL)
        checks += mastodonProfiles.map { relMeCheck($0, links: links.links) }
        return checks
    }

    /// Mastodon compares the link's address with the profile's exactly,
    /// case aside; a near miss is named so that the owner sees the difference.
    private func relMeCheck(_ profile: ProfileToVerify, links: [PageLinks.Link]) -> HomePageCheck {
        let expected = profile.url
        func check(_ passed: Bool, _ message: String) -> HomePageCheck {
            HomePageCheck(rule: .relMe, profile: expected, passed: passed, message: message)
        }
        let toProfile = links.filter { Self.sansScheme($0.href) == Self.sansScheme(expected) }
        if toProfile.contains(where: { $0.isMe && $0.href.lowercased() == expected.lowercased() }) {
            return check(true, "the HTML has a rel=\"me\" link to \(expected)")
        }
        if let near = toProfile.first(where: \.isMe) {
            let schemeOnly = near.href.lowercased().hasPrefix("http:") != expected.lowercased().hasPrefix("http:")
            return check(
                false,
                "the rel=\"me\" link is to \(PageLinks.shown(near.href)), but Mastodon looks for exactly \(expected)"
                    + (schemeOnly ? " (http: and https: differ)" : "") + "; make them the same in \(profile.place) and rebuild")
        }
        if toProfile.first != nil {
            return check(false, "the HTML links to \(expected) without rel=\"me\": Mastodon needs rel=\"me\" on it")
        }
        return check(
            false,
            "no rel=\"me\" link to \(expected) in the HTML (links added by JavaScript do not count); "
                + "rebuild and publish the site: sitegen's theme writes it on the home page")
    }

    private func httpsCheck(_ profile: ProfileToVerify) -> HomePageCheck {
        if profile.url.lowercased().hasPrefix("https:") {
            return HomePageCheck(rule: .httpsProfile, profile: profile.url, passed: true, message: "the Mastodon address \(profile.url) is https:")
        }
        let https = "https:" + profile.url.drop { $0 != ":" }.dropFirst()
        return HomePageCheck(
            rule: .httpsProfile, profile: profile.url, passed: false,
            message: "the Mastodon address \(profile.url) is not https:; Mastodon verifies only https: addresses: write \(https) in \(profile.place)")
    }

    /// The address without its scheme, in the form duplicates are found in.
    private static func sansScheme(_ address: String) -> String {
        let normalised = WebAddress.normalised(address)
        return String(normalised.drop { $0 != ":" })
    }
}

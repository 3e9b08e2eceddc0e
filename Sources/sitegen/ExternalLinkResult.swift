import SiteGen
import SiteGenFetch
import SiteGenManifest

/// One link to another site, where the owner wrote it, what asking it gave,
/// and what to do about it.
struct ExternalLinkResult {
    var link: OutgoingLink
    var result: LinkCheckResult

    /// A gone link is an error: visitors meet a dead page. The others are
    /// not: a moved page still answers, a failure may be the network's, and
    /// a platform that refuses robots says nothing about the page.
    var isError: Bool { result.verdict == .gone }
    var isWarning: Bool { result.verdict == .redirected || result.verdict == .error }

    /// What the owner can do, in one sentence; nil when nothing is to be done.
    var advice: String? {
        let place = link.location.description
        switch (result.verdict, link.kind) {
        case (.ok, _):
            return nil
        case (.redirected, .profile), (.redirected, .press):
            guard let final = result.finalURL else { return nil }
            return "update \(place) to: url: \(YAMLQuoting.address(final))"
        case (.redirected, .page):
            guard let final = result.finalURL else { return nil }
            return "change the link at \(place) to \(final)"
        case (.gone, .press):
            return link.hasArchive
                ? "add status: dead to this article (\(place)): the press page then links its archived copy"
                : "run sitegen archive to look for an archived copy, then add status: dead to it (\(place)); or remove it with sitegen press remove"
        case (.gone, .profile):
            return "if the account was closed, suspended or banned, add status: gone to it (\(place)): /links/ then shows it as no longer available"
        case (.gone, .page):
            return "fix or remove the link at \(place)"
        case (.unverifiable, _):
            return "this platform does not answer robots: open the address in a browser to check it"
        case (.error, _):
            return "try again later (sitegen check --external --refresh); if it goes on, open the address in a browser"
        }
    }
}

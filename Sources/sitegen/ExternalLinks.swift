import Foundation
import SiteGen
import SiteGenFetch

/// `check --external`: asks every link to another site, with the link
/// checker's limits (2 requests at a time per host, 8 in all, 10 s each) and
/// its cache of a week in the site's `.sitegen/cache/links.json`.
struct ExternalLinks {
    var siteDirectory: URL
    var siteAddress: String?
    var refresh: Bool
    var transport: HTTPTransport = .live

    /// The cache's place in the site: hidden, never read by a build.
    static let cachePath = ".sitegen/cache/links.json"

    func check(_ links: [OutgoingLink]) -> [ExternalLinkResult] {
        let checker = LinkChecker(
            transport: transport, userAgent: LinkChecker.userAgent(siteURL: siteAddress ?? "an unnamed site"),
            cacheFile: siteDirectory.appendingPathComponent(Self.cachePath), refresh: refresh)
        let results = checker.check(links.map(\.address))
        let byAddress = Dictionary(results.map { ($0.url, $0) }, uniquingKeysWith: { first, _ in first })
        return links.compactMap { link in byAddress[link.address].map { ExternalLinkResult(link: link, result: $0) } }
    }
}

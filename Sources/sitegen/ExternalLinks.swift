import Foundation
import SiteGen
import SiteGenCore
import SiteGenFetch

/// `check --external`: asks every link to another site, with the link
/// checker's limits (2 requests at a time per host, 8 in all, 10 s each) and
/// its cache of a week in the site's `.sitegen/cache/links.json`.
struct ExternalLinks {
    var siteDirectory: URL
    var siteAddress: String?
    var refresh: Bool
    var transport: HTTPTransport = .live
    /// Where notes about the cache go (the standard error).
    var note: (String) -> Void = { Console.error("note: " + $0) }

    /// The cache's place in the site: hidden, never read by a build.
    static let cachePath = ".sitegen/cache/links.json"

    func check(_ links: [OutgoingLink]) -> [ExternalLinkResult] {
        let checker = LinkChecker(
            transport: transport, userAgent: LinkChecker.userAgent(siteURL: siteAddress ?? "an unnamed site"),
            cacheFile: cacheFile(), refresh: refresh)
        let run = checker.run(links.map(\.address))
        if let problem = run.cacheProblem {
            // The checker names the file by its full path; the owner typed the site's.
            let file = siteDirectory.appendingPathComponent(Self.cachePath)
            note(problem.replacingOccurrences(of: file.path, with: shown(file)) + "; the next check will ask every link again")
        }
        if run.looksOffline {
            note(
                "no server name of any link could be found: is this computer connected to the internet? "
                    + "If it was not, run sitegen check --external again once it is, before marking anything gone")
        }
        let byAddress = Dictionary(run.results.map { ($0.url, $0) }, uniquingKeysWith: { first, _ in first })
        return links.compactMap { link in byAddress[link.address].map { ExternalLinkResult(link: link, result: $0) } }
    }

    /// The cache file, unless its folder is a link that leads out of the
    /// site (a site folder from elsewhere may hold one): a check writes
    /// nothing outside the site.
    private func cacheFile() -> URL? {
        let file = siteDirectory.appendingPathComponent(Self.cachePath)
        let site = siteDirectory.standardizedFileURL.resolvingSymlinksInPath().path
        var folder = file.deletingLastPathComponent()
        // The nearest folder that exists: the ones below it are made inside it.
        while !FileManager.default.fileExists(atPath: folder.path), folder.path != "/" {
            folder.deleteLastPathComponent()
        }
        let resolved = folder.standardizedFileURL.resolvingSymlinksInPath().path
        guard resolved == site || resolved.hasPrefix(site.hasSuffix("/") ? site : site + "/") else {
            note(
                "\(shown(file.deletingLastPathComponent())) is not inside the site's folder (a symbolic link leads elsewhere), so no link cache was read or written"
            )
            return nil
        }
        return file
    }

    private func shown(_ url: URL) -> String {
        PathDisplay(workingDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL).display(url)
    }
}

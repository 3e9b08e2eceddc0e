import Foundation

/// The engine of `sitegen check --external`: asks each outgoing link of a
/// site whether its page is still there, politely (an honest User-Agent, at
/// most `perHost` requests at once to one server and `total` in all, HEAD
/// before GET, bounded time and bytes) and once a week at most (the cache).
///
/// Each address gets one `LinkCheckResult`: `ok`, `redirected` (with where
/// it ends), `gone` (404, 410, a server name that does not exist),
/// `unverifiable` (the big platforms refuse robots; never an error), or
/// `error`. The rules are `LinkClassifier`'s and `LinkProbe`'s.
public struct LinkChecker: Sendable {
    public var transport: HTTPTransport
    public var userAgent: String
    /// Nil for no cache (every address asked, nothing written).
    public var cacheFile: URL?
    /// Ask every address again, and write the answers to the cache.
    public var refresh: Bool
    public var limits: LinkCheckLimits
    public var now: @Sendable () -> Date

    public init(
        transport: HTTPTransport = .live, userAgent: String, cacheFile: URL?, refresh: Bool = false,
        limits: LinkCheckLimits = LinkCheckLimits(), now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.transport = transport
        // Sent as a header: a line break in it would start another one.
        self.userAgent = FetchError.oneLine(userAgent)
        self.cacheFile = cacheFile
        self.refresh = refresh
        self.limits = limits
        self.now = now
    }

    /// "sitegen/0.1 (link check for https://www.example.fr/; one request per
    /// link per week)": who asks, for which site, and how often, so that a
    /// server's owner who sees it in a log knows whom to ask.
    public static func userAgent(siteURL: String) -> String {
        let site = FetchError.oneLine(siteURL).trimmingCharacters(in: .whitespaces)
        return "sitegen/0.1 (link check for \(site.isEmpty ? "a sitegen site" : site); one request per link per week)"
    }

    /// One result per distinct address, in the order first given. Blocks
    /// until all are done.
    public func check(_ urls: [String]) -> [LinkCheckResult] {
        run(urls).results
    }

    /// `check`, with how many results came from the cache and whether it
    /// could be written.
    public func run(_ urls: [String]) -> LinkCheckRun {
        var seen = Set<String>()
        let addresses = urls.filter { seen.insert($0).inserted }
        let cache = cacheFile.map { LinkCheckCache(file: $0, lifetime: limits.cacheLifetime) }
        let known = refresh ? [:] : cache?.read() ?? [:]
        let start = now()
        var results: [LinkCheckResult?] = addresses.map { address in known[address].flatMap { cache?.isFresh($0, at: start) == true ? $0 : nil } }
        let toAsk = results.indices.filter { results[$0] == nil }

        let probe = LinkProbe(transport: transport, userAgent: userAgent, limits: limits.fetchLimits, now: now)
        let scheduler = HostLimitedScheduler(perHost: limits.perHost, total: limits.total)
        let asked = scheduler.run(servers: toAsk.map { LinkAddress.serverKey(of: addresses[$0]) }) { position in
            probe.check(addresses[toAsk[position]])
        }
        for (position, index) in toAsk.enumerated() { results[index] = asked[position] }

        var cacheProblem: String?
        // Refused addresses were never asked: nothing to remember.
        let worthKeeping = asked.filter { $0.httpStatus != nil || !Self.isMalformed($0) }
        if let cache, !worthKeeping.isEmpty {
            do {
                try cache.write(worthKeeping, now: now())
            } catch {
                cacheProblem = "could not write the link cache \(cache.file.path): \(FetchError.oneLine(error.localizedDescription))"
            }
        }
        let servers = Set(toAsk.map { LinkAddress.serverKey(of: addresses[$0]) })
        let noNameFound = !asked.isEmpty && asked.allSatisfy { $0.verdict == .gone && $0.httpStatus == nil && !Self.isMalformed($0) }
        return LinkCheckRun(
            results: results.compactMap { $0 }, fromCache: addresses.count - toAsk.count, cacheProblem: cacheProblem,
            looksOffline: noNameFound && servers.count >= 2)
    }

    private static func isMalformed(_ result: LinkCheckResult) -> Bool {
        (try? LinkAddress.webURL(result.url)) == nil
    }
}

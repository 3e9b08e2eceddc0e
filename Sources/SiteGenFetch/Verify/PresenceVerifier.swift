import Foundation

/// `sitegen verify`: fetches each profile page (for Mastodon, the account
/// from its server's API first) and the site's home page, at most 8 at once
/// and 2 per host, each within the fetch limits, and says whether each
/// profile links back to the site and whether Mastodon can verify the links.
public struct PresenceVerifier: Sendable {
    public var transport: HTTPTransport
    /// `sitegen/0.1.0 (verify for https://www.example.fr/)`: honest with the platforms.
    public var userAgent: String
    /// 10 s and 1 MB by default, as Mastodon reads a page.
    public var limits: FetchLimits
    /// At most 8 fetches at once and 2 per server, as `check --external` asks.
    var scheduler = HostLimitedScheduler(perHost: 2, total: 8)

    public init(transport: HTTPTransport = .live, userAgent: String, limits: FetchLimits = FetchLimits(maxBytes: PageLinks.maxBytes)) {
        self.transport = transport
        self.userAgent = userAgent
        self.limits = limits
    }

    /// `homePage` is the address fetched for the home page checks: the site's
    /// own, or another copy of it (a preview).
    public func verify(_ profiles: [ProfileToVerify], site: SiteHome, homePage: String) -> VerifyReport {
        enum Outcome: Sendable {
            case profile(ProfileVerification)
            case home(HomePageReport)
        }
        let mastodon = profiles.filter(\.isMastodon)
        // Job i verifies profile i; the last one checks the home page.
        let servers = profiles.map { Self.host($0.url) } + [Self.host(homePage)]
        var verifications: [ProfileVerification] = []
        var home = HomePageReport(url: homePage, checks: [])
        let outcomes = scheduler.run(servers: servers) { index -> Outcome in
            index < profiles.count
                ? .profile(verify(profiles[index], site: site)) : .home(checkHomePage(homePage, mastodonProfiles: mastodon))
        }
        for outcome in outcomes {
            switch outcome {
            case .profile(let verification): verifications.append(verification)
            case .home(let report): home = report
            }
        }
        return VerifyReport(profiles: verifications, home: home)
    }

    public func verify(_ profile: ProfileToVerify, site: SiteHome) -> ProfileVerification {
        var apiFailure: String?
        if profile.isMastodon, let api = MastodonAccountLookup.apiURL(for: profile.url) {
            switch fetch(api, accept: "application/json") {
            case .success(let response) where response.status == 200:
                if let account = MastodonAccountLookup.account(from: response.body, profileURL: profile.url) {
                    return MastodonAccountLookup.verification(of: profile, account: account, site: site)
                }
                apiFailure = "its answer is not a Mastodon account"
            case .success(let response):
                apiFailure = "it answered \(response.status)"
            case .failure(let error):
                apiFailure = error.message
            }
        }
        guard let url = URL(string: profile.url) else {
            return ProfileVerification(
                profile: profile, result: .unverifiable, message: "\(profile.url) is not an address sitegen can read")
        }
        var verification = ProfilePageReading(site: site).verification(of: profile, answer: fetch(url, accept: "text/html,application/xhtml+xml"))
        if let apiFailure {
            verification.message += " (read from the page: the server's Mastodon API failed, \(apiFailure))"
        }
        return verification
    }

    public func checkHomePage(_ address: String, mastodonProfiles: [ProfileToVerify]) -> HomePageReport {
        let answer: Result<HTTPResponse, FetchError> =
            URL(string: address).map { fetch($0, accept: "text/html") }
            ?? .failure(FetchError("\(address) is not an address sitegen can read", kind: .badAddress))
        return HomePageReport(url: address, checks: HomePageInspection(mastodonProfiles: mastodonProfiles).checks(answer))
    }

    private func fetch(_ url: URL, accept: String) -> Result<HTTPResponse, FetchError> {
        let request = HTTPRequest(url: url, headers: ["Accept": accept], userAgent: userAgent)
        do {
            return .success(try transport.send(request, limits))
        } catch {
            return .failure(error)
        }
    }

    private static func host(_ address: String) -> String {
        URLComponents(string: address)?.host?.lowercased() ?? address
    }
}

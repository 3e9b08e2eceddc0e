import Foundation

/// Turns one answer, or one failure, into a verdict with a plain line of
/// detail. Pure: the requests are `LinkProbe`'s.
///
/// The order of the rules matters: a Cloudflare challenge or a login wall
/// is unverifiable whatever its status (a login page answers 200), and a
/// refusal from a big platform is unverifiable before it is an error.
struct LinkClassifier {
    /// The address as it was given.
    var url: String
    /// When the check ended, for `checkedAt` and a `Retry-After` date.
    var now: Date
    /// For the messages: "within 10 s", "over 2 MB".
    var limits: FetchLimits

    /// Paths that a platform redirects robots (and people signed out) to.
    static let loginWalls = ["/login", "/accounts/login", "/authwall", "/checkpoint"]

    /// What Cloudflare's browser check page holds ("Just a moment...", its
    /// script's folder, its parameters).
    static let challengeMarkers = ["Just a moment", "challenge-platform", "cf-chl"]

    /// `bodyCut`: the answer's body passed `limits.maxBytes` and was not
    /// read to the end (its headers are then unknown too).
    func classify(_ answer: HTTPResponse, bodyCut: Bool = false) -> LinkCheckResult {
        let status = answer.status
        let elsewhere = !answer.redirects.isEmpty && !LinkAddress.samePage(url, answer.finalURL)
        let platform = LinkPlatform.owning(host: URL(string: answer.finalURL)?.host) ?? LinkPlatform.owning(host: URL(string: url)?.host)

        if answer.headers["cf-mitigated"]?.lowercased().contains("challenge") == true || isCloudflareChallenge(answer) {
            return result(.unverifiable, status, "Cloudflare asks for a browser check (HTTP \(status))")
        }
        if elsewhere, let wall = loginWall(answer.finalURL) {
            return result(.unverifiable, status, "\(platform.map { "\($0.name) sends" } ?? "sends") robots to a login page (\(wall))")
        }
        switch status {
        case 200..<300 where elsewhere:
            // Only a permanent move (301, 308) is one to write down: a
            // temporary redirect (302, 303, 307: a language page, a short
            // link, a session) says the address as written is the one to
            // keep (RFC 9110, 15.4). The new address is where the leading
            // permanent hops lead.
            let permanent = answer.redirects.prefix { $0.status == 301 || $0.status == 308 }.count
            guard permanent > 0 else {
                return result(.ok, status, "HTTP \(status), through a temporary redirect (HTTP \(answer.redirects[0].status)) to \(answer.finalURL)")
            }
            let moved = permanent < answer.redirects.count ? answer.redirects[permanent].address : answer.finalURL
            guard !LinkAddress.samePage(url, moved) else { return result(.ok, status, "HTTP \(status)") }
            return result(.redirected, status, redirectDetail(answer.redirects), finalURL: moved)
        case 200..<300:
            return result(.ok, status, bodyCut ? "HTTP \(status) (a page over \(limits.maxBytesDescription), not read to the end)" : "HTTP \(status)")
        case 999:
            let who = platform?.name == "LinkedIn" ? "LinkedIn refuses robots" : "refuses robots, as LinkedIn does"
            return result(.unverifiable, status, "\(who) (HTTP 999)")
        case 429:
            return result(.unverifiable, status, "\(waitDetail(answer)) (HTTP 429)")
        case 401, 403:
            guard let platform else { return result(.error, status, statusDetail(answer, elsewhere: elsewhere)) }
            return result(.unverifiable, status, "\(platform.name) refuses robots (HTTP \(status))")
        case 404, 410:
            return result(.gone, status, statusDetail(answer, elsewhere: elsewhere))
        default:
            return result(.error, status, statusDetail(answer, elsewhere: elsewhere))
        }
    }

    /// A failure with no answer: a name that does not exist is a page that
    /// is gone; anything else may work another day.
    func classify(_ failure: FetchError) -> LinkCheckResult {
        switch failure.kind {
        case .unknownHost:
            return result(.gone, nil, "the server name does not exist")
        case .timeout:
            return result(.error, nil, "did not answer within \(limits.timeoutDescription)")
        case .redirects:
            return result(.error, nil, "redirects more than \(limits.maxRedirects) times, or in a loop")
        case .tls, .connection, .tooLarge, .badAddress, .other:
            return result(.error, nil, FetchError.oneLine(failure.message))
        }
    }

    private func result(_ verdict: LinkVerdict, _ status: Int?, _ detail: String, finalURL: String? = nil) -> LinkCheckResult {
        LinkCheckResult(url: url, verdict: verdict, httpStatus: status, finalURL: finalURL, detail: detail, checkedAt: now)
    }

    /// A 403 or 503 from Cloudflare whose page is its browser check (an
    /// older sign than the `cf-mitigated` header, still common).
    private func isCloudflareChallenge(_ answer: HTTPResponse) -> Bool {
        guard answer.status == 403 || answer.status == 503, answer.headers["server"]?.lowercased().contains("cloudflare") == true else {
            return false
        }
        let page = String(decoding: answer.body.prefix(1_000_000), as: UTF8.self)
        return Self.challengeMarkers.contains { page.contains($0) }
    }

    /// The login path an address ends on, if any.
    private func loginWall(_ address: String) -> String? {
        guard let path = URLComponents(string: address)?.path.lowercased() else { return nil }
        return Self.loginWalls.first { path.contains($0) }.map { _ in FetchError.oneLine(address) }
    }

    /// "moved permanently (HTTP 301)" when every hop says so (the link is
    /// to update), else "redirected (HTTP 302)".
    private func redirectDetail(_ redirects: [HTTPResponse.Redirect]) -> String {
        let first = redirects.first?.status ?? 0
        if redirects.allSatisfy({ $0.status == 301 || $0.status == 308 }) { return "moved permanently (HTTP \(first))" }
        return "redirected (HTTP \(first))"
    }

    /// "HTTP 404", or after redirects "HTTP 404 at https://new.example/".
    private func statusDetail(_ answer: HTTPResponse, elsewhere: Bool) -> String {
        elsewhere ? "HTTP \(answer.status) at \(FetchError.oneLine(answer.finalURL))" : "HTTP \(answer.status)"
    }

    /// "asks to wait 120 s", from `Retry-After` in seconds or as a date.
    private func waitDetail(_ answer: HTTPResponse) -> String {
        let seconds =
            answer.retryAfterSeconds ?? answer.headers["retry-after"].flatMap { retryDate($0) }.map { Int($0.timeIntervalSince(now).rounded(.up)) }
        guard let seconds else { return "asks to wait before more requests" }
        // A server may say anything: a year is as long as it means.
        return "asks to wait \(Self.duration(min(max(0, seconds), 365 * 86_400)))"
    }

    /// An HTTP date (RFC 9110, IMF-fixdate): `Wed, 21 Oct 2015 07:28:00 GMT`.
    private func retryDate(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter.date(from: text.trimmingCharacters(in: .whitespaces))
    }

    /// `120 s`, `25 min`, `3 h`, `2 days`.
    static func duration(_ seconds: Int) -> String {
        if seconds < 600 { return "\(seconds) s" }
        if seconds < 2 * 3600 { return "\((seconds + 30) / 60) min" }
        if seconds < 2 * 86_400 { return "\((seconds + 1800) / 3600) h" }
        return "\((seconds + 43_200) / 86_400) days"
    }
}

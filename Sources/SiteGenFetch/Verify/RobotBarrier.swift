import Foundation

/// Why an answer says nothing about a profile: the platform refuses robots,
/// puts a Cloudflare challenge or a login form in front of the page, or
/// draws it with JavaScript. Each reason is words for the owner.
enum RobotBarrier {
    /// Cloudflare's "Just a moment..." page, whatever its status.
    static func cloudflareChallenge(_ response: HTTPResponse) -> String? {
        let mitigated = response.headers["cf-mitigated"]?.lowercased().contains("challenge") == true
        let text = String(decoding: response.body.prefix(65_536), as: UTF8.self)
        let challengePage =
            text.contains("/cdn-cgi/challenge-platform/") || text.contains("<title>Just a moment...</title>")
            || text.contains("Attention Required! | Cloudflare")
        guard mitigated || challengePage else { return nil }
        return "a Cloudflare challenge page stands in front of it (it wants a browser that runs JavaScript)"
    }

    /// The statuses the big platforms answer robots with.
    static func refusal(_ response: HTTPResponse, platform: String) -> String? {
        switch response.status {
        case 999:
            return "\(platform) refuses robots (it answers 999, LinkedIn's way of saying no)"
        case 429:
            let wait = response.retryAfterSeconds.map { ", asking to wait \($0) s" } ?? ""
            return "\(platform) asks robots to slow down (429 Too Many Requests\(wait))"
        case 401:
            return "\(platform) asks to log in to see the page (401)"
        case 403:
            return "\(platform) refuses robots (403 Forbidden)"
        default:
            return nil
        }
    }

    /// A login form where the profile should be: Instagram and Facebook send
    /// robots to one. Only a redirect counts, since a profile's own address
    /// may well contain "login".
    static func loginWall(_ response: HTTPResponse, links: PageLinks, platform: String) -> String? {
        let path = (URLComponents(string: response.finalURL)?.path ?? "").lowercased()
        let loginAddress =
            !response.redirects.isEmpty && ["login", "signin", "sign-in", "authwall", "checkpoint"].contains { path.contains($0) }
        guard loginAddress || links.asksForPassword else { return nil }
        return "\(platform) shows robots a login page instead of the profile"
    }

    /// No link at all but scripts: the page is drawn by JavaScript, which
    /// sitegen (like Mastodon) does not run.
    static func scriptOnly(_ links: PageLinks) -> String? {
        guard links.anchors.isEmpty, links.scripts > 0 else { return nil }
        return "the page shows its links only with JavaScript, which sitegen does not run"
    }
}

import Foundation
import Testing

@testable import SiteGenFetch

/// The rules of `LinkClassifier` on answers made by hand: what the local
/// servers of `LinkCheckerTests` cannot be (facebook.com, a Retry-After date).
@Suite("Fetch: LinkClassifier")
struct LinkClassifierTests {
    static let now = Date(timeIntervalSince1970: 1_445_410_800)  // 2015-10-21 07:00:00 UTC

    private func classify(
        _ url: String, status: Int, finalURL: String? = nil, redirects: [HTTPResponse.Redirect] = [], headers: [String: String] = [:],
        body: String = ""
    ) -> LinkCheckResult {
        let answer = HTTPResponse(
            status: status, contentType: nil, body: Data(body.utf8), finalURL: finalURL ?? url, headers: headers, redirects: redirects)
        return LinkClassifier(url: url, now: Self.now, limits: FetchLimits()).classify(answer)
    }

    @Test("the platforms' own hosts, www. and m. included, and no look-alikes")
    func platforms() {
        #expect(LinkPlatform.owning(host: "facebook.com")?.name == "Facebook")
        #expect(LinkPlatform.owning(host: "WWW.Facebook.com")?.name == "Facebook")
        #expect(LinkPlatform.owning(host: "m.facebook.com")?.name == "Facebook")
        #expect(LinkPlatform.owning(host: "www.instagram.com.")?.name == "Instagram")
        #expect(LinkPlatform.owning(host: "twitter.com")?.name == "X")
        #expect(LinkPlatform.owning(host: "mobile.twitter.com")?.name == "X")
        #expect(LinkPlatform.owning(host: "fr.linkedin.com")?.name == "LinkedIn")
        #expect(LinkPlatform.owning(host: "notfacebook.com") == nil)
        #expect(LinkPlatform.owning(host: "facebook.com.example") == nil)
        #expect(LinkPlatform.owning(host: "box.com") == nil)
        #expect(LinkPlatform.owning(host: nil) == nil)
    }

    @Test("a 403 is unverifiable from a platform, also when a redirect led there, and an error elsewhere")
    func refusals() {
        #expect(classify("https://www.facebook.com/martin", status: 403).verdict == .unverifiable)
        let viaShortLink = classify(
            "https://fb.me/martin", status: 403, finalURL: "https://www.facebook.com/martin",
            redirects: [HTTPResponse.Redirect(address: "https://fb.me/martin", status: 301)])
        #expect(viaShortLink.verdict == .unverifiable)
        #expect(viaShortLink.detail == "Facebook refuses robots (HTTP 403)")
        #expect(classify("https://www.example.fr/", status: 403).verdict == .error)
        #expect(classify("https://www.example.fr/", status: 401).verdict == .error)
        #expect(classify("https://www.linkedin.com/in/martin", status: 401).verdict == .unverifiable)
    }

    @Test(
        "Retry-After as a date says how long from now",
        arguments: [
            ("Wed, 21 Oct 2015 07:28:00 GMT", "asks to wait 28 min (HTTP 429)"),
            ("Wed, 21 Oct 2015 07:02:00 GMT", "asks to wait 120 s (HTTP 429)"),
            ("Wed, 21 Oct 2015 06:00:00 GMT", "asks to wait 0 s (HTTP 429)"),
            ("Fri, 23 Oct 2015 12:00:00 GMT", "asks to wait 2 days (HTTP 429)"),
            ("soon", "asks to wait before more requests (HTTP 429)"),
            ("7200", "asks to wait 2 h (HTTP 429)"),
            ("9223372036854775807", "asks to wait 365 days (HTTP 429)"),
            ("Fri, 31 Dec 9999 23:59:59 GMT", "asks to wait 365 days (HTTP 429)"),
        ])
    func retryAfter(value: String, detail: String) {
        let result = classify("https://www.example.fr/", status: 429, headers: ["retry-after": value])
        #expect(result.verdict == .unverifiable)
        #expect(result.detail == detail)
    }

    @Test("a redirect that ends at the same page (case, default port, fragment) is ok, not redirected")
    func samePage() {
        let redirect = [HTTPResponse.Redirect(address: "https://www.example.fr/set-cookie", status: 302)]
        let result = classify("HTTPS://WWW.Example.fr:443#menu", status: 200, finalURL: "https://www.example.fr/", redirects: redirect)
        #expect(result.verdict == .ok)
        #expect(result.finalURL == nil)
        #expect(LinkAddress.samePage("http://a.example", "http://a.example:80/"))
        #expect(!LinkAddress.samePage("http://a.example/", "https://a.example/"))
        #expect(!LinkAddress.samePage("https://a.example/menu", "https://a.example/menu/"))
    }

    @Test("a temporary redirect keeps the address as written; a permanent one says to update to where it leads")
    func redirectKinds() {
        let temporary = classify(
            "https://wa.me/33299123456", status: 200, finalURL: "https://api.whatsapp.com/send/?phone=33299123456",
            redirects: [HTTPResponse.Redirect(address: "https://wa.me/33299123456", status: 302)])
        #expect(temporary.verdict == .ok)
        #expect(temporary.detail == "HTTP 200, through a temporary redirect (HTTP 302) to https://api.whatsapp.com/send/?phone=33299123456")
        #expect(temporary.finalURL == nil)
        let movedThenTemporary = classify(
            "http://a.example/menu", status: 200, finalURL: "https://a.example/fr/menu?session=1",
            redirects: [
                HTTPResponse.Redirect(address: "http://a.example/menu", status: 301),
                HTTPResponse.Redirect(address: "https://a.example/menu", status: 302),
            ])
        #expect(movedThenTemporary.verdict == .redirected)
        #expect(movedThenTemporary.finalURL == "https://a.example/menu", "the address to write is the permanent move's, not the session page")
        let permanent = classify(
            "http://a.example/", status: 204, finalURL: "https://a.example/",
            redirects: [HTTPResponse.Redirect(address: "http://a.example/", status: 308)])
        #expect(permanent.detail == "moved permanently (HTTP 308)")
    }

    @Test("a 404 after redirects names where it ended; a login page after redirects is unverifiable whatever the host")
    func afterRedirects() {
        let redirect = [HTTPResponse.Redirect(address: "https://a.example/old", status: 301)]
        let gone = classify("https://a.example/old", status: 404, finalURL: "https://a.example/new", redirects: redirect)
        #expect(gone.verdict == .gone)
        #expect(gone.detail == "HTTP 404 at https://a.example/new")
        let wall = classify("https://a.example/old", status: 200, finalURL: "https://a.example/authwall?trk=x", redirects: redirect)
        #expect(wall.verdict == .unverifiable)
        #expect(wall.detail == "sends robots to a login page (https://a.example/authwall?trk=x)")
        // Asked directly, a login page is just a page.
        #expect(classify("https://a.example/login", status: 200).verdict == .ok)
    }

    @Test("failures: an unknown name is gone, everything else an error with a plain line")
    func failures() {
        let classifier = LinkClassifier(url: "https://a.example/", now: Self.now, limits: FetchLimits(timeout: .milliseconds(1500)))
        #expect(classifier.classify(FetchError("x", kind: .unknownHost)).verdict == .gone)
        #expect(classifier.classify(FetchError("x", kind: .timeout)).detail == "did not answer within 1.5 s")
        let tls = classifier.classify(FetchError("could not make a secure connection to a.example\nfor https://a.example/", kind: .tls))
        #expect(tls.verdict == .error)
        #expect(tls.detail == "could not make a secure connection to a.example for https://a.example/")
    }

    @Test(
        "wait durations read naturally",
        arguments: [(0, "0 s"), (599, "599 s"), (600, "10 min"), (7199, "120 min"), (7200, "2 h"), (172_800, "2 days")])
    func durations(seconds: Int, text: String) {
        #expect(LinkClassifier.duration(seconds) == text)
    }
}

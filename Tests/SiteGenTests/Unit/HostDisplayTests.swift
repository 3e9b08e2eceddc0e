import Foundation
import Testing

@testable import SiteGen
@testable import SiteGenCore
@testable import SiteGenManifest

/// How hosts are shown on /links/: look-alikes of Latin names in their
/// `xn--` form, honest non-Latin names in Unicode.
@Suite("Unit: HostDisplay")
struct HostDisplayUnitTests {
    private func shown(_ url: String) -> String? {
        URLComponents(string: url).flatMap(HostDisplay.shown)
    }

    @Test(arguments: [
        "https://xn--80ak6aa92e.com/@user",  // аррӏе: all Cyrillic letters that read as apple
        "https://аррӏе.com/",
        "https://аpple.com/",  // Cyrillic а + Latin pple
        "https://pаypal.example/",
        "https://ορ.example/",  // Greek omicron rho
        "https://zero\u{200D}width.example/",
    ])
    func lookAlikesAreShownInTheirASCIIForm(_ url: String) {
        let host = shown(url)
        #expect(host.map { $0.unicodeScalars.allSatisfy(\.isASCII) } != false, "\(host ?? "")")
        if url.contains("xn--") || url.contains("аррӏе") { #expect(host == "xn--80ak6aa92e.com") }
    }

    @Test(arguments: [
        ("https://xn--mnchen-3ya.de/", "münchen.de"),
        ("https://bücher.example/", "bücher.example"),
        ("https://почта.рф/", "почта.рф"),
        ("https://пример.com/", "пример.com"),
        ("https://例え.jp/", "例え.jp"),
        ("https://ソニー.jp/", "ソニー.jp"),
        ("https://mastodon.social/", "mastodon.social"),
        ("https://аррӏе.рф/", "аррӏе.рф"),
    ])
    func honestNamesAreShownInUnicode(_ example: (url: String, expected: String)) {
        #expect(shown(example.url) == example.expected)
    }

    @Test func theLinksPageShowsTheLookAlikeHandleInASCII() throws {
        let registry = PlatformRegistryUnitTests.registry
        let recognised = registry.recognise(Profile(url: "https://xn--80ak6aa92e.com/@user", label: nil, location: SourceLocation(file: "")))
        #expect(recognised.isMastodon)
        #expect(recognised.handle == "@user@xn--80ak6aa92e.com")
        let unknown = registry.recognise(Profile(url: "https://аррӏе.com/shop", label: nil, location: SourceLocation(file: "")))
        #expect(unknown.displayName == "xn--80ak6aa92e.com")
    }
}

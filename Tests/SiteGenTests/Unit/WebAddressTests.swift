import Testing

@testable import SiteGen
@testable import SiteGenCore
@testable import SiteGenManifest

@Suite("Unit: WebAddress")
struct WebAddressUnitTests {
    @Test(
        "absolute http and https addresses with a host are valid",
        arguments: [
            "https://www.example.fr",
            "https://www.example.fr/",
            "http://example.fr/path/to/page?x=1#top",
            "HTTPS://EXAMPLE.FR/Page",
            "https://mastodon.social/@boulangerie_martin",
            "https://example.fr:8443/shop/",
            "https://xn--bcher-kva.example/",
            "https://bücher.example/",
        ])
    func valid(_ address: String) {
        #expect(WebAddress.isValid(address))
    }

    @Test(
        "other schemes, relative addresses, credentials and missing hosts are refused",
        arguments: [
            "javascript:alert(1)",
            "JavaScript:alert(document.cookie)",
            "data:text/html;base64,PHNjcmlwdD4=",
            "ftp://example.fr/file",
            "mailto:contact@example.fr",
            "tel:+33299123456",
            "/press/",
            "press/article",
            "www.example.fr",
            "//example.fr/path",
            "https://user:pw@example.fr/",
            "https://user@example.fr/",
            "https://",
            "https:///path",
            "https:path",
            "",
            "not a url",
        ])
    func invalid(_ address: String) {
        #expect(!WebAddress.isValid(address))
    }

    @Test("normalised: scheme and host in lower case, no www., no trailing slash, no fragment")
    func normalised() {
        #expect(WebAddress.normalised("HTTPS://WWW.Example.FR/Page/") == "https://example.fr/Page")
        #expect(WebAddress.normalised("https://example.fr/a///") == "https://example.fr/a")
        #expect(WebAddress.normalised("https://example.fr/") == "https://example.fr")
        #expect(WebAddress.normalised("https://example.fr/a#comments") == "https://example.fr/a")
        #expect(WebAddress.normalised("https://example.fr/a?b=1") == "https://example.fr/a?b=1")
    }

    @Test("the path keeps its case: two different pages stay different")
    func pathCase() {
        #expect(WebAddress.normalised("https://example.fr/Boulangerie") != WebAddress.normalised("https://example.fr/boulangerie"))
        #expect(WebAddress.normalised("https://example.fr/a?b=1") != WebAddress.normalised("https://example.fr/a?b=2"))
        #expect(WebAddress.normalised("https://example.fr/a") != WebAddress.normalised("https://example.org/a"))
    }

    @Test(
        "duplicates written differently normalise to the same text",
        arguments: [
            [
                "https://www.instagram.com/boulangerie.martin/", "https://instagram.com/boulangerie.martin",
                "HTTPS://Instagram.COM/boulangerie.martin//",
                "https://WWW.instagram.com/boulangerie.martin#top",
            ],
            ["https://mastodon.social/@martin", "https://MASTODON.social/@martin/"],
            // An internationalised host, written in Unicode or in its ASCII (punycode) form.
            ["https://bücher.example/a", "https://xn--bcher-kva.example/a", "https://www.Bücher.example/a/"],
        ])
    func duplicates(_ addresses: [String]) {
        let forms = Set(addresses.map(WebAddress.normalised))
        #expect(forms.count == 1, "\(forms)")
    }

    @Test("www in the middle of a host is kept")
    func wwwOnlyAsPrefix() {
        #expect(WebAddress.normalised("https://shop.www.example.fr/") == "https://shop.www.example.fr")
        #expect(WebAddress.normalised("https://wwwexample.fr/") == "https://wwwexample.fr")
    }

    @Test("text that is not an address comes back as it is")
    func notAnAddress() {
        #expect(WebAddress.normalised("a b c") == "a b c")
    }
}

@Suite("Unit: LanguageTag")
struct LanguageTagUnitTests {
    @Test(
        "valid BCP 47 tags as owners write them",
        arguments: [
            "fr", "en", "EN", "fil", "en-GB", "pt-BR", "zh-Hant", "zh-Hant-TW", "de-1996", "es-419", "sr-Latn-RS", "gsw-CH",
        ])
    func valid(_ tag: String) {
        #expect(LanguageTag.isValid(tag))
    }

    @Test(
        "not language tags",
        arguments: [
            "", "f", "french", "fr_FR", "en-", "-fr", "fr--FR", "1e", "e1", "é", "fr FR", "en-GB-", "fr-x", "en-verylongsubtag",
        ])
    func invalid(_ tag: String) {
        #expect(!LanguageTag.isValid(tag))
    }
}

@Suite("Unit: WebAddress, hostile forms")
struct WebAddressHostileTests {
    @Test(arguments: [
        ("https://social.example/@shop\r\nTEL:+33100000000", "contains the control character U+000D (carriage return)"),
        ("https://social.example/a\nb", "contains the control character U+000A (line feed)"),
        ("https://social.example/a\u{1}", "contains the control character U+0001"),
        ("https://social.example/a b", "contains a space"),
        ("https://social.example/a\u{A0}b", "contains the space character U+00A0"),
        ("https://social.example:99999/a", "has the port 99999, which is not between 1 and 65535"),
        ("https://social.example:0/a", "has the port 0, which is not between 1 and 65535"),
        (
            "https://\(String(repeating: "a", count: 300)).example/",
            "has a part of 300 characters in its host; each part between dots holds at most 63"
        ),
        ("https://\(String(repeating: "a", count: 64)).example/", "has a part of 64 characters in its host"),
        ("https://\(Array(repeating: String(repeating: "a", count: 60), count: 5).joined(separator: ".")).example/", "has a host of 31"),
    ])
    func refusedWithAPlainReason(_ example: (address: String, reason: String)) {
        #expect(WebAddress.problem(example.address)?.hasPrefix(example.reason) == true, "\(WebAddress.problem(example.address) ?? "accepted")")
    }

    @Test(arguments: [
        "https://social.example:65535/a", "https://social.example:1/", "https://\(String(repeating: "a", count: 63)).example/",
        "https://example.fr./",
    ])
    func theLimitsThemselvesAreAccepted(_ address: String) {
        #expect(WebAddress.problem(address) == nil)
    }

    @Test func handlesAreComparedWithoutCase() {
        #expect(WebAddress.normalised("HTTPS://MASTODON.SOCIAL/@X") == WebAddress.normalised("https://mastodon.social/@x"))
        #expect(WebAddress.normalised("https://mastodon.social/@X/") == WebAddress.normalised("https://mastodon.social/@x"))
        // Other paths keep their case: /Page and /page can be two pages.
        #expect(WebAddress.normalised("https://news.example/Page") != WebAddress.normalised("https://news.example/page"))
    }

    @Test func theBaseURLAndArticleAddressesFollowTheSameRules() {
        #expect(BaseURL("https://shop.example:99999/") == nil)
        #expect(BaseURL("https://shop.example/a\r\nb") == nil)
        guard case .failure(let refused) = ArticleAddresses.clean("https://news.example:70000/a") else {
            Issue.record("accepted")
            return
        }
        #expect(refused.message.contains("port 70000"))
    }
}

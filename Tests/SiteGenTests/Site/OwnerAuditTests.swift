import Foundation
import SiteGenCore
import Testing

@testable import SiteGen

/// `sitegen check`'s list for the owner (issue 14): what is left of the
/// example or of `sitegen init`, two profiles on one platform, pages in
/// another language, hours nobody confirmed.
@Suite struct OwnerAuditTests {
    static func check(_ site: URL) -> [Diagnostic] {
        SiteChecker(siteDirectory: site, clock: .fixed(Date(timeIntervalSince1970: 1_790_000_000))).check().diagnostics
    }

    static func messages(_ diagnostics: [Diagnostic], containing text: String) -> [Diagnostic] {
        diagnostics.filter { $0.message.contains(text) }
    }

    @Test func aFreshSiteListsItsPlacesToFillInTheLogoAndTheHours() throws {
        let root = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(root) }
        let site = root.appendingPathComponent("site")
        try SiteInitializer().create(at: site, display: "site", for: StarterSiteTests.salon)
        let found = Self.check(site)
        #expect(found.allSatisfy { $0.severity == .warning }, "\(found)")
        let places = Self.messages(found, containing: "left to fill in")
        let files = Set(places.map { URL(fileURLWithPath: $0.location.file).lastPathComponent })
        #expect(files == ["site.yml", "index.md", "over-ons.md", "contact.md", "wettelijke-vermeldingen.md"], "\(files)")
        let description = places.first { $0.location.file.hasSuffix("site.yml") }
        #expect(description?.message.contains("één zin over wat de zaak doet") == true)
        #expect(description?.location.column == 15, "the column of the opening bracket, after `description: \"`")
        #expect(Self.messages(found, containing: "placeholder that sitegen init made").count == 1)
        #expect(Self.messages(found, containing: "nobody has confirmed these opening hours").count == 1)
        #expect(Self.messages(found, containing: "example address").isEmpty, "the address came from the e-mail's domain")
        #expect(Self.messages(found, containing: "example's").isEmpty, "nothing of the bakery")
    }

    @Test func theExampleRenamedListsWhatIsLeftOfTheBakery() throws {
        let site = try TestSupport.copyOfSite(TestSupport.exampleSite)
        defer { TestSupport.cleanUp(site) }
        let siteFile = site.appendingPathComponent("site.yml")
        let text = try String(contentsOf: siteFile, encoding: .utf8).replacingOccurrences(
            of: "name: Boulangerie Martin", with: "name: Kapsalon Lotte")
        try Data(text.utf8).write(to: siteFile)
        let found = Self.check(site)
        #expect(Self.messages(found, containing: "this profile is the example's").count == 11)
        #expect(Self.messages(found, containing: "this article is about the example").count >= 1)
        #expect(Self.messages(found, containing: "logo: /images/logo.svg is still the example's logo").count == 1)
        #expect(Self.messages(found, containing: "this page is still the example's").contains { $0.location.file.hasSuffix("a-propos.md") })
        #expect(Self.messages(found, containing: "this file is still the example's").contains { $0.location.file.hasSuffix("devanture.jpg") })
        // The example itself is not told it is the example.
        let example = Self.check(TestSupport.exampleSite)
        #expect(Self.messages(example, containing: "example").isEmpty, "\(example)")
    }

    @Test func twoProfilesOnOnePlatformAndAPageInAnotherLanguage() throws {
        let root = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(root) }
        let site = root.appendingPathComponent("site")
        try SiteInitializer().create(at: site, display: "site", for: StarterSiteTests.salon)
        try Data("profiles:\n  - url: https://www.instagram.com/kapsalonlotte/\n  - url: https://www.instagram.com/lotte.oud/\n".utf8)
            .write(to: site.appendingPathComponent("links.yml"))
        let english = """
            We are a small hair salon in the heart of Brussels, and we have been cutting the hair of the people of \
            the neighbourhood for twenty years. Our team is happy to welcome you, with or without an appointment, \
            and we will always take the time to listen to what you want. You can find us on the corner of the street, \
            next to the bakery, and it is easy to reach by tram or by bike.
            """
        let page = site.appendingPathComponent("content/english.md")
        try Data("---\ntitle: In English\ndescription: About the salon, in English.\n---\n\n\(english)\n".utf8).write(to: page)
        var found = Self.check(site)
        let twice = Self.messages(found, containing: "a second Instagram profile")
        #expect(twice.count == 1)
        #expect(twice.first?.location.line == 3)
        #expect(twice.first?.notes.first?.location.line == 2)
        let language = Self.messages(found, containing: "another language (en)")
        #expect(language.count == 1)
        #expect(language.first?.location.file.hasSuffix("english.md") == true)
        #expect(Self.messages(found, containing: "another language").count == 1, "the Dutch pages are Dutch")

        try Data("---\ntitle: In English\nlang: en\ndescription: About the salon, in English.\n---\n\n\(english)\n".utf8).write(to: page)
        found = Self.check(site)
        #expect(Self.messages(found, containing: "another language").isEmpty)
        let public_ = root.appendingPathComponent("public")
        try TestSupport.build(site, into: public_)
        #expect(try TestSupport.text(public_, "english/index.html").contains("<html lang=\"en\""))
        #expect(try TestSupport.text(public_, "index.html").contains("<html lang=\"nl\""))
    }

    @Test func aWrongLangIsAnErrorAtItsLine() throws {
        let root = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(root) }
        let site = root.appendingPathComponent("site")
        try SiteInitializer().create(at: site, display: "site", for: StarterSiteTests.salon)
        try Data("---\ntitle: Page\nlang: english please\n---\n\nText.\n".utf8).write(to: site.appendingPathComponent("content/page.md"))
        let found = Self.check(site).filter { $0.severity == .error }
        #expect(found.count == 1)
        #expect(found.first?.location.line == 3)
        #expect(found.first?.message.contains("is not a language code") == true)
    }

    @Test func thePlaceholderAddressIsPointedOut() throws {
        let root = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(root) }
        let site = root.appendingPathComponent("site")
        var details = StarterSiteTests.salon
        details.email = "lotte@gmail.com"
        try SiteInitializer().create(at: site, display: "site", for: details)
        let found = Self.messages(Self.check(site), containing: "is an example address")
        #expect(found.count == 1)
        #expect(found.first?.message.hasPrefix("url: https://www.example.com/") == true)
    }
}

/// `sitegen check --strict` fails on warnings too; without it, only errors fail.
@Suite struct StrictCheckTests {
    @Test func strictTurnsWarningsIntoAFailure() throws {
        let root = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(root) }
        let site = root.appendingPathComponent("site")
        try SiteInitializer().create(at: site, display: "site", for: StarterSiteTests.salon)
        let plain = try CommandLineTests.run(["check"], in: site)
        #expect(plain.status == 0, "\(plain.stdout)\(plain.stderr)")
        #expect(plain.stdout.contains("warning: left to fill in"))
        let strict = try CommandLineTests.run(["check", "--strict"], in: site)
        #expect(strict.status == 1)
    }
}

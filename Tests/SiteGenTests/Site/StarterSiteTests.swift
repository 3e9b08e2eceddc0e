import Foundation
import SiteGenCore
import Testing

@testable import SiteGen

/// `sitegen init --name …`: a first site for the owner's own business, in
/// its language, with nothing of the example bakery left in it.
@Suite struct StarterSiteTests {
    static let salon = BusinessDetails(
        name: "Kapsalon Lotte", type: "HairSalon", language: "nl", street: "Dansaertstraat 12", postalCode: "1000", city: "Brussel",
        country: "BE", telephone: "+32 2 123 45 67", email: "info@kapsalonlotte.be")

    /// Writes a site for `details` and builds it into its public/.
    static func built(_ details: BusinessDetails) throws -> (site: URL, report: BuildReport, paths: [String]) {
        let root = TestSupport.temporaryDirectory()
        let site = root.appendingPathComponent("site")
        let paths = try SiteInitializer().create(at: site, display: "site", for: details)
        let report = try TestSupport.build(site, into: site.appendingPathComponent("public"))
        return (site, report, paths)
    }

    @Test func aDutchHairSalonInBrusselsBuildsWithNothingOfTheBakery() throws {
        let (site, report, paths) = try Self.built(Self.salon)
        defer { TestSupport.cleanUp(site.deletingLastPathComponent()) }
        #expect(paths.contains("content/over-ons.md"))
        #expect(paths.contains("content/wettelijke-vermeldingen.md"), "Belgium expects a legal notice")
        #expect(paths.contains(".gitignore"))
        for (path, data) in try TestSupport.tree(site) where !path.hasSuffix(".png") {
            let text = String(decoding: data, as: UTF8.self).lowercased()
            for word in ["boulangerie", "martin", "bakery", "rennes", "kouign"] {
                #expect(!text.contains(word), "\(path) mentions \(word)")
            }
        }
        let home = try TestSupport.text(site.appendingPathComponent("public"), "index.html")
        #expect(home.contains("<html lang=\"nl\""))
        #expect(home.contains("Kapsalon Lotte in Brussel"))
        #expect(home.contains("HairSalon"))
        let legal = try TestSupport.text(site.appendingPathComponent("public"), "wettelijke-vermeldingen/index.html")
        #expect(legal.contains("Ondernemingsnummer (KBO)"))
        #expect(legal.contains("[In te vullen: Btw-nummer]"))
        let siteFile = try String(contentsOf: site.appendingPathComponent("site.yml"), encoding: .utf8)
        #expect(siteFile.contains("url: https://www.kapsalonlotte.be/"), "the address comes from the e-mail's own domain")
        #expect(siteFile.contains("postal_code: \"1000\""))
        let logoLine = siteFile.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("logo:") }.map { $0 + 1 }
        let logoWarnings = report.warnings.filter { $0.message.contains("placeholder that sitegen init made") }
        #expect(logoWarnings.count == 1)
        #expect(logoWarnings.first?.location.line == logoLine)
    }

    @Test func theLogoWarningEndsWhenTheLogoIsReplaced() throws {
        let (site, _, _) = try Self.built(Self.salon)
        defer { TestSupport.cleanUp(site.deletingLastPathComponent()) }
        try Data("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><title>Lotte</title></svg>".utf8)
            .write(to: site.appendingPathComponent("static/images/logo.svg"))
        let report = try TestSupport.build(site, into: site.appendingPathComponent("public"))
        #expect(!report.warnings.contains { $0.message.contains("placeholder") })
    }

    @Test func aFrenchShopGetsMentionsLegalesAndAnAmericanOneNone() throws {
        var french = BusinessDetails(
            name: "Fleurs de Lise", type: "Florist", language: "fr", street: "3 rue Haute", postalCode: "35000", city: "Rennes", country: "FR")
        let (site, _, paths) = try Self.built(french)
        defer { TestSupport.cleanUp(site.deletingLastPathComponent()) }
        #expect(paths.contains("content/mentions-legales.md"))
        let legal = try TestSupport.text(site.appendingPathComponent("public"), "mentions-legales/index.html")
        #expect(legal.contains("RCS et SIRET"))
        #expect(legal.contains("Hébergement"))
        french.country = "US"
        french.language = "en"
        let (american, _, americanPaths) = try Self.built(french)
        defer { TestSupport.cleanUp(american.deletingLastPathComponent()) }
        #expect(!americanPaths.contains { $0.contains("legal") })
        french.legalNotice = true
        let (asked, _, askedPaths) = try Self.built(french)
        defer { TestSupport.cleanUp(asked.deletingLastPathComponent()) }
        #expect(askedPaths.contains("content/legal-notice.md"), "asked for, a legal notice is written anywhere")
    }

    /// A language sitegen has no texts for gets English texts, and the site
    /// is still declared in its own language.
    @Test func anUnknownLanguageGetsEnglishTextsUnderItsOwnCode() throws {
        let details = BusinessDetails(name: "Padaria Sol", type: "Organization", language: "pt")
        let (site, _, paths) = try Self.built(details)
        defer { TestSupport.cleanUp(site.deletingLastPathComponent()) }
        #expect(paths.contains("content/about.md"))
        let home = try TestSupport.text(site.appendingPathComponent("public"), "index.html")
        #expect(home.contains("<html lang=\"pt\""))
        let siteFile = try String(contentsOf: site.appendingPathComponent("site.yml"), encoding: .utf8)
        #expect(siteFile.contains("url: https://www.example.com/"), "without an address or a mail domain, the placeholder")
    }

    /// An answer the build would refuse is reported by its flag, before
    /// anything is written.
    @Test func aWrongTelephoneIsReportedByItsFlagAndNothingIsWritten() throws {
        var details = Self.salon
        details.telephone = "call us"
        let root = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(root) }
        let site = root.appendingPathComponent("site")
        #expect {
            try SiteInitializer().create(at: site, display: "site", for: details)
        } throws: { error in
            let diagnostics = (error as? DiagnosticsError)?.diagnostics ?? []
            return diagnostics.contains { $0.location.file == "--telephone" && $0.severity == .error }
        }
        #expect(!FileManager.default.fileExists(atPath: site.path))
    }

    /// A pasted escape sequence would stop YAML before any key is read: it
    /// is named by its flag, not as a problem of a file the owner never saw.
    @Test func aControlCharacterIsNamedByItsFlag() {
        var details = Self.salon
        details.city = "Brussel\u{1B}[31m"
        let problems = SiteInitializer.problems(of: details)
        #expect(problems.count == 1)
        #expect(problems.first?.location.file == "--city")
        #expect(problems.first?.message.hasPrefix("contains") == true)
    }

    @Test func aGmailAddressGivesNoSiteAddress() {
        #expect(StarterSite.address(fromEmail: "lotte@gmail.com") == nil)
        #expect(StarterSite.address(fromEmail: "info@kapsalonlotte.be") == "https://www.kapsalonlotte.be/")
        #expect(StarterSite.address(fromEmail: "info@www.salon.fr") == "https://www.salon.fr/")
        #expect(StarterSite.address(fromEmail: "not an address") == nil)
    }
}

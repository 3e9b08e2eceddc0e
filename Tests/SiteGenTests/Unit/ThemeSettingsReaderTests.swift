import Testing

@testable import SiteGen
@testable import SiteGenCore

/// site.yml's `theme:` block and `booking_url:` as read, before any stage uses them.
@Suite("Unit: the theme block of site.yml")
struct ThemeSettingsReaderTests {
    private let minimal = "name: Kapsalon Noor\nurl: https://www.kapsalonnoor.be/\n"

    private func load(_ text: String) throws -> SiteConfig {
        try SiteConfigLoader().load(YAMLSource(file: "site.yml", text: minimal + text))
    }

    private func errors(_ text: String) -> [String] {
        do {
            _ = try SiteConfigLoader().load(YAMLSource(file: "site.yml", text: minimal + text))
        } catch {
            return error.diagnostics.map(\.description)
        }
        Issue.record("expected site.yml to be refused")
        return []
    }

    @Test func withoutAThemeBlockNothingChanges() throws {
        let config = try load("")
        #expect(config.theme.isEmpty)
        #expect(config.bookingURL == nil)
    }

    @Test func everyKeyIsReadAsWrittenWithItsPlace() throws {
        let config = try load(
            """
            booking_url: https://salonized.com/kapsalon-noor
            theme:
              accent: "#0f766e"
              background: "#fbfaf7"
              surface: "#e8f0ee"
              heading_font: League Spartan
              body_font: system
              corners: round
              hero: /images/salon.jpg
              hero_alt: De zaak aan de Dansaertstraat
            """)
        #expect(config.theme.accent == "#0f766e")
        #expect(config.theme.background == "#fbfaf7")
        #expect(config.theme.surface == "#e8f0ee")
        #expect(config.theme.headingFont == "League Spartan")
        #expect(config.theme.bodyFont == "system")
        #expect(config.theme.corners == "round")
        #expect(config.theme.hero == "/images/salon.jpg")
        #expect(config.theme.heroAlt == "De zaak aan de Dansaertstraat")
        #expect(config.theme.locations["accent"]?.line == 5)
        #expect(config.bookingURL == "https://salonized.com/kapsalon-noor")
        #expect(config.warnings.isEmpty)
    }

    @Test func aMisspelledKeyIsNamedWithTheKeyMeant() {
        let messages = errors("theme:\n  acent: \"#0f766e\"\n")
        #expect(messages == [#"site.yml:4:3: error: theme.acent: unknown key; did you mean "accent"?"#])
    }

    /// Unquoted, `#` starts a YAML comment: the key would have no value, and
    /// the theme's colour would stay without a word.
    @Test func aColourWithoutQuotesIsAnErrorThatSaysToQuoteIt() {
        let messages = errors("theme:\n  accent: #0f766e\n")
        #expect(
            messages == [
                ##"site.yml:4:10: error: theme.accent: no colour is written here: in site.yml a # starts a comment, so write the colour in quotes, as accent: "#0f766e""##
            ])
    }

    @Test func aHeroThatIsNotAnAddressIsRefused() {
        let messages = errors("theme:\n  hero: images/salon.jpg\n  hero_alt: De zaak\n")
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("site.yml:4:9: error: theme.hero: \"images/salon.jpg\" must be a path from the site root") == true)
    }

    @Test func aHeroWithoutWordsForItIsAWarning() throws {
        let config = try load("theme:\n  hero: /images/salon.jpg\n")
        #expect(config.theme.hero == "/images/salon.jpg")
        #expect(config.warnings.map(\.description).contains { $0.contains("theme.hero: add `hero_alt:`") })
    }

    @Test func aBookingAddressMustBeAWebAddress() {
        let messages = errors("booking_url: salonized.com/kapsalon-noor\n")
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("site.yml:3:14: error: booking_url: \"salonized.com/kapsalon-noor\"") == true)
    }
}

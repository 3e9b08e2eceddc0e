import Testing

@testable import SiteGen
@testable import SiteGenCore

/// site.yml's theme colours and corners as the build checks them: what is
/// not a colour or a corner word is an error at its value, with the form to
/// write; a colour the palette changed is a warning at its value.
@Suite("Unit: the theme's colours and corners checked")
struct BrandThemeTests {
    private func theme(_ block: String) throws -> BrandTheme {
        let config = try SiteConfigLoader().load(
            YAMLSource(file: "site.yml", text: "name: Kapsalon Noor\nurl: https://www.kapsalonnoor.be/\ntheme:\n" + block))
        return BrandTheme(config.theme)
    }

    private func messages(_ block: String) throws -> [String] {
        try theme(block).diagnostics.map(\.description)
    }

    @Test func aColourNameIsRefusedWithTheFormToWrite() throws {
        #expect(
            try messages("  accent: teal\n") == [#"site.yml:4:11: error: theme.accent: "teal" is not a colour; write it as #rrggbb, such as #0f766e"#]
        )
        #expect(
            try messages("  background: \"#fffff\"\n")
                == [##"site.yml:4:15: error: theme.background: "#fffff" is not a colour; write it as #rrggbb, such as #fbfaf7"##])
    }

    @Test func hexDigitsWithoutTheirHashAreShownWithIt() throws {
        #expect(
            try messages("  surface: E8F0EE\n")
                == [##"site.yml:4:12: error: theme.surface: "E8F0EE" is not a colour; write it with its # and in quotes, as "#e8f0ee""##])
    }

    @Test func aLongValueIsQuotedOnlyInPart() throws {
        let message = try #require(try messages("  accent: \(String(repeating: "x", count: 5000))\n").first)
        #expect(message.count < 200)
    }

    @Test func cornersAreOneOfThreeWordsAndAMisspellingIsNamed() throws {
        #expect(try theme("  corners: round\n").corners == .round)
        #expect(try theme("  corners: Sharp\n").corners == .sharp)
        #expect(
            try messages("  corners: rounded\n")
                == [#"site.yml:4:12: error: theme.corners: "rounded" is not one of sharp, soft, round; did you mean "round"?"#])
        #expect(try messages("  corners: 12px\n") == [#"site.yml:4:12: error: theme.corners: "12px" is not one of sharp, soft, round"#])
    }

    @Test func cornersGiveTheRadiiOfCardsAndButtons() {
        #expect(ThemeCorners.allCases.map { "\($0.radius) \($0.buttonRadius)" } == ["0 0", "8px 8px", "16px 999px"])
    }

    /// The warning of the brief's example, at the value of `accent:`.
    @Test func aColourChangedForAUseIsAWarningAtItsValue() throws {
        let diagnostics = try theme("  corners: soft\n  accent: \"#f4c430\"\n").diagnostics
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.severity == .warning)
        #expect(diagnostics.first?.location.description == "site.yml:5:11")
        #expect(diagnostics.first?.message.hasPrefix("theme.accent #f4c430 is too light for text") == true)
    }

    @Test func nothingGivenIsNothingToAdd() throws {
        let theme = try theme("  hero_alt: De zaak\n")
        #expect(theme.isEmpty)
        #expect(theme.diagnostics.isEmpty)
        #expect(BrandStylesheet(theme).css.isEmpty)
    }

    @Test func cornersAloneAddOnlyTheRadii() throws {
        let css = BrandStylesheet(try theme("  corners: sharp\n")).css
        #expect(css.contains(":root {\n  --radius: 0;\n  --button-radius: 0;\n}\n"))
        #expect(!css.contains("--paper"))
        #expect(!css.contains("prefers-color-scheme"))
    }
}

import Testing

@testable import SiteGen
@testable import SiteGenCore

/// The fonts sitegen offers and how site.yml's `theme:` chooses among them.
@Suite("Unit: the web font catalogue and the fonts site.yml chooses")
struct WebFontCatalogueTests {
    private let catalogue = WebFontCatalogue.debian

    private func theme(heading: String? = nil, body: String? = nil) -> ThemeSettings {
        var theme = ThemeSettings()
        theme.headingFont = heading
        theme.bodyFont = body
        theme.locations["heading_font"] = SourceLocation(file: "site.yml", line: 12, column: 17)
        theme.locations["body_font"] = SourceLocation(file: "site.yml", line: 13, column: 14)
        return theme
    }

    @Test func namesAreFoundWhateverTheirCaseAndSpacing() {
        #expect(catalogue.font(named: "Vollkorn")?.package == "fonts-vollkorn")
        #expect(catalogue.font(named: "open sans")?.name == "Open Sans")
        #expect(catalogue.font(named: "LEAGUE-SPARTAN")?.name == "League Spartan")
        #expect(catalogue.font(named: "RobotoSlab")?.name == "Roboto Slab")
        #expect(catalogue.font(named: "Comic Sans") == nil)
        #expect(WebFontCatalogue.isSystem("System"))
    }

    @Test func everyFontHasBothWeightsAFallbackOfItsKindAndAFreeLicence() {
        for font in catalogue.fonts {
            #expect(font.files.keys.sorted() == [400, 700], "\(font.name)")
            #expect(font.fallback.hasSuffix("sans-serif") || font.fallback.hasSuffix(", serif"), "\(font.name)")
            #expect(["SIL OFL 1.1", "Apache 2.0"].contains(font.licence), "\(font.name)")
            #expect(font.package.hasPrefix("fonts-"), "\(font.name)")
        }
    }

    @Test func aMisspelledNameIsAnErrorAtItsPlaceWithTheNameMeantAndTheChoices() {
        let (selection, errors) = FontSelection.choose(theme(heading: "Volkorn"), language: "fr", siteFile: "site.yml")
        #expect(selection.isEmpty)
        #expect(
            errors.map(\.description) == [
                #"site.yml:12:17: error: theme.heading_font: "Volkorn" is not a font sitegen offers; did you mean "Vollkorn"? (choose one of Inter, League Spartan, Open Sans, Roboto Slab, Vollkorn, or system for the visitor's own fonts)"#
            ])
    }

    @Test func aNameFarFromEveryFontGetsNoSuggestion() {
        let (_, errors) = FontSelection.choose(theme(body: "Comic Sans"), language: "fr", siteFile: "site.yml")
        #expect(errors.count == 1)
        #expect(
            errors.first?.description.hasPrefix(#"site.yml:13:14: error: theme.body_font: "Comic Sans" is not a font sitegen offers (choose"#) == true
        )
    }

    @Test func systemAndNothingChooseNoFont() {
        #expect(FontSelection.choose(ThemeSettings(), language: "fr", siteFile: "site.yml").selection.faces.isEmpty)
        let (selection, errors) = FontSelection.choose(theme(heading: "system", body: "SYSTEM"), language: "fr", siteFile: "site.yml")
        #expect(errors.isEmpty)
        #expect(selection.isEmpty)
        #expect(WebFontStylesheet(selection: selection).css == "")
    }

    /// Headings are bold; text is regular with bold words: three files for two fonts.
    @Test func twoFontsMakeThreeFilesAndPreloadTheTextsRegularAndTheHeadings() {
        let (selection, _) = FontSelection.choose(theme(heading: "Vollkorn", body: "Open Sans"), language: "fr", siteFile: "site.yml")
        #expect(selection.faces.map(\.outputPath) == ["fonts/open-sans-400.woff2", "fonts/open-sans-700.woff2", "fonts/vollkorn-700.woff2"])
        #expect(selection.faces.map(\.key) == ["body_font", "body_font", "heading_font"])
        #expect(selection.preloads.map(\.outputPath) == ["fonts/open-sans-400.woff2", "fonts/vollkorn-700.woff2"])
    }

    @Test func oneFontForBothIsTwoFilesAndHeadingsAloneIsOne() {
        let same = FontSelection.choose(theme(heading: "Inter", body: "inter"), language: "en", siteFile: "site.yml").selection
        #expect(same.faces.map(\.outputPath) == ["fonts/inter-400.woff2", "fonts/inter-700.woff2"])
        #expect(same.preloads.map(\.outputPath) == ["fonts/inter-400.woff2", "fonts/inter-700.woff2"])
        let headings = FontSelection.choose(theme(heading: "Roboto Slab"), language: "en", siteFile: "site.yml").selection
        #expect(headings.faces.map(\.outputPath) == ["fonts/roboto-slab-700.woff2"])
        #expect(headings.body == nil)
    }

    /// An owner who names one font for the text wants it in the headings too, unless they say `system`.
    @Test func headingsTakeTheTextsFontUnlessTheySaySystem() {
        let inherited = FontSelection.choose(theme(body: "Vollkorn"), language: "fr", siteFile: "site.yml").selection
        #expect(inherited.heading?.name == "Vollkorn")
        #expect(inherited.faces.map(\.key) == ["body_font", "body_font"])
        let system = FontSelection.choose(theme(heading: "system", body: "Vollkorn"), language: "fr", siteFile: "site.yml").selection
        #expect(system.heading == nil)
        #expect(system.faces.map(\.weight) == [400, 700])
    }

    @Test func aLongPastedNameIsShownCut() {
        let (_, errors) = FontSelection.choose(theme(heading: String(repeating: "x", count: 5000)), language: "fr", siteFile: "site.yml")
        #expect(errors.count == 1)
        #expect((errors.first?.description.count ?? 0) < 400)
    }
}

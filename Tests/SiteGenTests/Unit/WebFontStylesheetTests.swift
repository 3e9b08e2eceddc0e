import Testing

@testable import SiteGen

/// The CSS appended to the published style.css for the fonts site.yml chose.
@Suite("Unit: the web fonts' stylesheet")
struct WebFontStylesheetTests {
    @Test func eachFileHasAnAtFontFaceAndTheThemesPropertiesNameTheFonts() throws {
        let catalogue = WebFontCatalogue.debian
        let vollkorn: WebFont = try #require(catalogue.font(named: "Vollkorn"))
        let spartan: WebFont = try #require(catalogue.font(named: "League Spartan"))
        let selection = FontSelection(heading: vollkorn, body: spartan, characters: FontCharacters(ranges: [0x20...0x7E, 0x20AC...0x20AC]))
        #expect(
            WebFontStylesheet(selection: selection).css == """

                /* Fonts chosen in site.yml (theme: heading_font, body_font), made by sitegen from Debian's font packages. */
                @font-face {
                  font-family: "League Spartan";
                  font-style: normal;
                  font-weight: 400;
                  font-display: swap;
                  src: url("fonts/league-spartan-400.woff2") format("woff2");
                  unicode-range: U+0020-007E, U+20AC;
                }
                @font-face {
                  font-family: "League Spartan";
                  font-style: normal;
                  font-weight: 700;
                  font-display: swap;
                  src: url("fonts/league-spartan-700.woff2") format("woff2");
                  unicode-range: U+0020-007E, U+20AC;
                }
                @font-face {
                  font-family: "Vollkorn";
                  font-style: normal;
                  font-weight: 700;
                  font-display: swap;
                  src: url("fonts/vollkorn-700.woff2") format("woff2");
                  unicode-range: U+0020-007E, U+20AC;
                }
                :root {
                  --heading-font: "Vollkorn", "Iowan Old Style", "Palatino Linotype", "URW Palladio L", P052, Georgia, serif;
                  --body-font: "League Spartan", Avenir, Montserrat, Corbel, "URW Gothic", sans-serif;
                }

                """)
    }

    /// Only the property of the font chosen changes: the other keeps the theme's system fonts.
    @Test func headingsAloneLeaveTheTextsFontAsItWas() throws {
        let slab: WebFont = try #require(WebFontCatalogue.debian.font(named: "Roboto Slab"))
        let selection = FontSelection(heading: slab, body: nil, characters: .westernEuropean)
        let css = WebFontStylesheet(selection: selection).css
        #expect(css.contains("  --heading-font: \"Roboto Slab\", Rockwell,"))
        #expect(!css.contains("--body-font"))
        #expect(css.components(separatedBy: "@font-face").count == 2)
    }

    /// `sitegen check` weighs the files the `@font-face` rules load, resolved against the stylesheet.
    @Test func theFilesOfAStylesheetsFontFacesAreFound() {
        let css = """
            @font-face { font-family: "A"; src: url("fonts/a-400.woff2") format("woff2"), url(fonts/a-400.woff) format("woff"); }
            @font-face { font-family: "B"; src: url('../b.woff2'); }
            @font-face { font-family: "C"; src: url(https://fonts.example.com/c.woff2); }
            @font-face { font-family: "D"; src: url(data:font/woff2;base64,AAAA); }
            body { background: url("paper.png"); }
            """
        #expect(StylesheetFonts.files(in: css, stylesheet: "css/site.css", basePath: "/shop/") == ["css/fonts/a-400.woff2", "b.woff2"])
    }
}

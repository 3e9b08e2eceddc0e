import Testing

@testable import SiteGen
@testable import SiteGenCore

/// The palettes made from site.yml's `theme:` colours: whatever the owner
/// gives, every text colour keeps 4.5:1 on the page and on the surface, and
/// a button's text on the button, in light and in dark mode; the owner's
/// colours are kept where they can be, and a change is said in plain words.
@Suite("Unit: brand palettes from the theme's colours")
struct BrandPaletteTests {
    static func colour(_ hex: String) -> SRGBColour {
        SRGBColour(hex: hex)!
    }

    /// Every contrast the palette promises, as failures in words.
    static func failures(_ palette: BrandPalette, _ mode: String) -> [String] {
        var found: [String] = []
        for (name, colour) in palette.textColours {
            for (background, fill) in [("paper", palette.paper), ("surface", palette.surface)] {
                let ratio = ColourContrast.ratio(colour, fill)
                if ratio < 4.5 { found.append("\(mode): \(name) \(colour) on \(background) \(fill) is \(ratio):1") }
            }
        }
        let button = ColourContrast.ratio(palette.onBrand, palette.brand)
        if button < 4.5 { found.append("\(mode): on-brand \(palette.onBrand) on brand \(palette.brand) is \(button):1") }
        return found
    }

    static func failures(_ colours: BrandColours) -> [String] {
        let palettes = BrandPalettes(colours)
        return failures(palettes.light, "light") + failures(palettes.dark, "dark")
    }

    /// Accents of every hue (every 30°) and lightness, vivid and dull, on the
    /// theme's page, on white, on a light yellow page, on mid grey and on a dark page.
    @Test func everyTextColourKeepsItsContrastForASweepOfAccents() {
        var accents: [SRGBColour] = []
        for hue in stride(from: 0.0, to: 360, by: 30) {
            for lightness in stride(from: 0.05, through: 1.0, by: 0.1) {
                for chroma in [0.05, 0.2] {
                    accents.append(OKLCH(lightness: lightness, chroma: chroma, hue: hue).displayable)
                }
            }
        }
        accents += ["#f4c430", "#ffffff", "#000000", "#777777", "#767676", "#808080", "#ffff00", "#00ff00", "#0000ff"].map(Self.colour)
        let backgrounds: [SRGBColour?] = [nil, Self.colour("#ffffff"), Self.colour("#fff8c4"), Self.colour("#777777"), Self.colour("#111827")]
        var failures: [String] = []
        for accent in accents {
            for background in backgrounds {
                failures += Self.failures(BrandColours(accent: accent, background: background))
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(10))")
        #expect(accents.count > 240)
    }

    /// Pages and surfaces the owner may give, together or alone, light, mid and dark, with or without an accent.
    @Test func everyTextColourKeepsItsContrastForPagesAndSurfaces() {
        let colours = ["#ffffff", "#fbfaf7", "#fff8c4", "#e8f0ee", "#9a9a9a", "#777777", "#767676", "#555555", "#1b1714", "#000000"].map(Self.colour)
        var failures: [String] = []
        for background in colours + [nil] {
            for surface in colours + [nil] {
                for accent in [Self.colour("#0f766e"), Self.colour("#f4c430"), nil] {
                    failures += Self.failures(BrandColours(accent: accent, background: background, surface: surface))
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(10))")
    }

    @Test func anAccentThatReadsWellIsKeptForLinksAndButtons() {
        let palettes = BrandPalettes(BrandColours(accent: Self.colour("#0f766e")))
        #expect(palettes.light.link == Self.colour("#0f766e"))
        #expect(palettes.light.brand == Self.colour("#0f766e"))
        #expect(palettes.light.onBrand == .white)
        #expect(palettes.adjustments.isEmpty)
        #expect(!palettes.isDarkSite)
    }

    /// A light yellow cannot be link text on a light page: links take the
    /// same yellow, darker; buttons keep it, with dark text.
    @Test func aLightYellowAccentGivesDarkerLinksOfTheSameHue() throws {
        let yellow = Self.colour("#f4c430")
        let palettes = BrandPalettes(BrandColours(accent: yellow))
        let light = palettes.light
        #expect(light.link != yellow)
        #expect(abs(OKLCH(light.link).hue - OKLCH(yellow).hue) < 4, "the owner's hue, only darker")
        #expect(OKLCH(light.link).lightness < OKLCH(yellow).lightness)
        #expect(light.brand == yellow)
        #expect(light.onBrand != .white)
        #expect(palettes.dark.link == yellow, "readable on a dark page as it is")
        let adjustment = try #require(palettes.adjustments.first)
        #expect(palettes.adjustments.count == 1)
        #expect(adjustment.key == "accent")
        #expect(
            adjustment.message
                == "theme.accent #f4c430 is too light for text in the header, the footer and the cards (1.3:1); links use \(light.link) (4.5:1) instead, buttons keep #f4c430 with dark text"
        )
    }

    @Test func darkModeHasADarkPageTintedWithTheAccentAndALighterAccent() {
        let teal = Self.colour("#0f766e")
        let dark = BrandPalettes(BrandColours(accent: teal)).dark
        #expect(dark.paper.relativeLuminance < 0.02)
        #expect(OKLCH(dark.paper).chroma > 0.005)
        #expect(abs(OKLCH(dark.paper).hue - OKLCH(teal).hue) < 10)
        #expect(OKLCH(dark.link).lightness > 0.74)
        #expect(abs(OKLCH(dark.link).hue - OKLCH(teal).hue) < 4)
        #expect(dark.text.relativeLuminance > dark.paper.relativeLuminance)
    }

    /// A background on which white reads better than black: the owner wants
    /// a dark site, in both modes, with light text; changes are warned of.
    @Test func aDarkBackgroundMakesADarkSiteWithLightText() throws {
        let palettes = BrandPalettes(BrandColours(accent: Self.colour("#1d4ed8"), background: Self.colour("#111827")))
        #expect(palettes.isDarkSite)
        #expect(palettes.light == palettes.dark)
        #expect(palettes.light.paper == Self.colour("#111827"))
        #expect(palettes.light.text.relativeLuminance > 0.7)
        #expect(palettes.light.brand == Self.colour("#1d4ed8"))
        #expect(palettes.light.onBrand == .white)
        let message = try #require(palettes.adjustments.first?.message)
        #expect(message.hasPrefix("theme.accent #1d4ed8 is too dark for text"), "\(message)")
        #expect(message.hasSuffix("buttons keep #1d4ed8 with white text"), "\(message)")
    }

    @Test func aMidGreyAccentChangesButtonsTooAndSaysSo() throws {
        let palettes = BrandPalettes(BrandColours(accent: Self.colour("#777777"), background: Self.colour("#f0f0f0")))
        let light = palettes.light
        #expect(light.brand != Self.colour("#777777"))
        let message = try #require(palettes.adjustments.first?.message)
        #expect(
            message.hasSuffix(
                "neither white nor dark text reads well on it (4.4:1 at best), so buttons use \(light.brand) with white text (4.5:1) instead"),
            "\(message)")
    }

    /// A dark header under dark text cannot work: the surface keeps the
    /// owner's hue a step from the page, and the build says so.
    @Test func aSurfaceTooDarkForTheTextIsReplacedAndSaid() throws {
        let palettes = BrandPalettes(BrandColours(surface: Self.colour("#1e3a5f")))
        let surface = palettes.light.surface
        #expect(surface.relativeLuminance > 0.6)
        #expect(abs(OKLCH(surface).hue - OKLCH(Self.colour("#1e3a5f")).hue) < 10)
        let adjustment = try #require(palettes.adjustments.first)
        #expect(adjustment.key == "surface")
        #expect(adjustment.message.hasPrefix("theme.surface #1e3a5f is too dark for the text of the header, the footer and the cards (1."))
        #expect(
            adjustment.message.hasSuffix(
                "they use \(surface) (\(ColourContrast.formatted(ColourContrast.ratio(palettes.light.text, surface)))) instead"))
    }

    @Test func withoutAnAccentButtonsKeepTheThemesBrown() {
        let palettes = BrandPalettes(BrandColours(background: Self.colour("#ffffff")))
        #expect(palettes.light.paper == .white)
        #expect(palettes.light.brand == BrandColours.themeAccent)
        #expect(palettes.adjustments.isEmpty)
    }

    // MARK: Colours and their conversions

    @Test func hexColoursAreReadInBothLengthsAndEitherCase() {
        #expect(SRGBColour(hex: "#0F766E")?.description == "#0f766e")
        #expect(SRGBColour(hex: "#fc3")?.description == "#ffcc33")
        for wrong in ["0f766e", "#0f766", "#0f766eff", "#ggg", "teal", "#", "", "#+12", "#１２３"] {
            #expect(SRGBColour(hex: wrong) == nil, "\(wrong)")
        }
    }

    /// OKLab there and back gives the same eight-bit colour.
    @Test func okLabRoundTripsEveryColourOfAGrid() {
        var changed: [String] = []
        for red in stride(from: 0, through: 255, by: 17) {
            for green in stride(from: 0, through: 255, by: 17) {
                for blue in stride(from: 0, through: 255, by: 17) {
                    let colour = SRGBColour(red: UInt8(red), green: UInt8(green), blue: UInt8(blue))
                    if OKLCH(colour).displayable != colour { changed.append("\(colour)") }
                }
            }
        }
        #expect(changed.isEmpty, "\(changed.prefix(5))")
    }

    /// A colour too vivid for a screen at its lightness loses chroma, not hue.
    @Test func anOutOfGamutColourKeepsItsHue() {
        let vivid = OKLCH(lightness: 0.9, chroma: 0.4, hue: 180)
        let shown = OKLCH(vivid.displayable)
        #expect(abs(shown.lightness - 0.9) < 0.01)
        #expect(abs(shown.hue - 180) < 3)
        #expect(shown.chroma < 0.2)
    }

    @Test func contrastIsTheWCAGRatioAndIsNeverOverstated() {
        #expect(ColourContrast.ratio(.black, .white) == 21)
        #expect(ColourContrast.formatted(ColourContrast.ratio(Self.colour("#767676"), .white)) == "4.5:1")
        #expect(ColourContrast.formatted(4.4999) == "4.4:1")
    }
}

import Testing

@testable import SiteGen

/// WCAG 2.x contrast pinned to published values, so that the checks built on
/// it (a platform button's text in `PlatformRegistryTests`, the brand palette
/// in `BrandPaletteTests`) cannot pass because the formula itself is wrong.
/// The platform buttons use `Contrast` (hex strings) and the theme uses
/// `ColourContrast` (`SRGBColour`): both must give the same published values.
@Suite("Unit: Contrast")
struct ContrastTests {
    /// A pair and its ratio as WebAIM's contrast checker shows it, to two decimals.
    struct PublishedRatio: Sendable, CustomTestStringConvertible {
        var foreground: String
        var background: String
        var ratio: Double

        var testDescription: String { "\(foreground) on \(background): \(ratio):1" }
    }

    static let publishedRatios = [
        // The ends of the scale (WCAG 2.x, "contrast ratio": 1:1 to 21:1).
        PublishedRatio(foreground: "#000000", background: "#FFFFFF", ratio: 21),
        PublishedRatio(foreground: "#FFFFFF", background: "#FFFFFF", ratio: 1),
        PublishedRatio(foreground: "#000000", background: "#000000", ratio: 1),
        // The borderline greys: #767676 is the lightest grey with 4.5:1 on
        // white (WCAG AA for normal text), #777777 just fails it, #595959 is
        // the lightest with 7:1 (AAA).
        PublishedRatio(foreground: "#767676", background: "#FFFFFF", ratio: 4.54),
        PublishedRatio(foreground: "#777777", background: "#FFFFFF", ratio: 4.48),
        PublishedRatio(foreground: "#595959", background: "#FFFFFF", ratio: 7.00),
        // The primaries, which weigh the three channels differently.
        PublishedRatio(foreground: "#FF0000", background: "#FFFFFF", ratio: 4.00),
        PublishedRatio(foreground: "#0000FF", background: "#FFFFFF", ratio: 8.59),
        PublishedRatio(foreground: "#00FF00", background: "#000000", ratio: 15.30),
    ]

    @Test(arguments: publishedRatios)
    func theRatioIsTheOnePublished(_ pair: PublishedRatio) throws {
        let presence = Contrast.ratio(pair.foreground, pair.background)
        #expect(abs(presence - pair.ratio) < 0.005, "Contrast gives \(presence)")
        // The order of the two colours does not matter.
        #expect(Contrast.ratio(pair.background, pair.foreground) == presence)
        let theme = ColourContrast.ratio(
            try #require(SRGBColour(hex: pair.foreground)), try #require(SRGBColour(hex: pair.background)))
        #expect(abs(theme - pair.ratio) < 0.005, "ColourContrast gives \(theme)")
    }

    /// Relative luminance by WCAG 2.x's definition: each channel made linear
    /// (c/12.92 at or under the threshold, ((c+0.055)/1.055)^2.4 above),
    /// weighed 0.2126 R + 0.7152 G + 0.0722 B. WCAG 2.0 printed the threshold
    /// as 0.03928 and sRGB says 0.04045: no eight-bit value lies between them
    /// (10/255 ≈ 0.0392 is under both, 11/255 ≈ 0.0431 over both), so
    /// #0A0A0A and #0B0B0B pin the two sides of it.
    @Test(arguments: [
        ("#FFFFFF", 1.0),
        ("#000000", 0.0),
        ("#FF0000", 0.2126),
        ("#00FF00", 0.7152),
        ("#0000FF", 0.0722),
        ("#0A0A0A", 0.003_035_3),
        ("#0B0B0B", 0.003_346_5),
        ("#808080", 0.215_860_5),
        ("#767676", 0.181_164_2),
    ])
    func relativeLuminanceFollowsTheDefinition(_ hex: String, _ luminance: Double) throws {
        #expect(abs(Contrast.luminance(hex) - luminance) < 0.000_000_5, "Contrast gives \(Contrast.luminance(hex))")
        let theme = try #require(SRGBColour(hex: hex)).relativeLuminance
        #expect(abs(theme - luminance) < 0.000_000_5, "SRGBColour gives \(theme)")
    }

    @Test func hexColoursAreReadWithOrWithoutTheHash() {
        #expect(Contrast.rgb("#FF8000").map { [$0.0, $0.1, $0.2] } == [1, 128.0 / 255, 0])
        #expect(Contrast.rgb("ff8000").map { [$0.0, $0.1, $0.2] } == [1, 128.0 / 255, 0])
        #expect(Contrast.rgb("#FFF") == nil)
        #expect(Contrast.rgb("#GG0000") == nil)
    }
}

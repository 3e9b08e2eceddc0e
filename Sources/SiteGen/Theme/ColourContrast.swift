/// WCAG 2.x contrast ratios, from 1:1 (the same colour) to 21:1 (black on
/// white), and the search for a colour that reaches one.
enum ColourContrast {
    /// What text needs on its background (WCAG AA, normal text), and a
    /// button's text on the button.
    static let text = 4.5

    static func ratio(_ first: SRGBColour, _ second: SRGBColour) -> Double {
        let (a, b) = (first.relativeLuminance, second.relativeLuminance)
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// The lowest ratio of `colour` on any of `backgrounds`.
    static func worst(_ colour: SRGBColour, on backgrounds: [SRGBColour]) -> Double {
        backgrounds.map { ratio(colour, $0) }.min() ?? 21
    }

    /// `4.8:1`, rounded down, so that a message never claims more than the colours give.
    static func formatted(_ ratio: Double) -> String {
        let tenths = Int((ratio * 10).rounded(.down))
        return "\(tenths / 10).\(tenths % 10):1"
    }

    /// The colour of `colour`'s hue and chroma whose lightness is nearest
    /// its own among those for which `isAcceptable` holds, looking outwards
    /// in steps of 1/500 (smaller than one step of eight bits in most
    /// colours): at most 1,001 tries, so bounded whatever the colours. Nil
    /// when none is acceptable.
    static func nearest(to colour: OKLCH, where isAcceptable: (SRGBColour) -> Bool) -> SRGBColour? {
        let steps = 500
        let start = Int((min(max(colour.lightness, 0), 1) * Double(steps)).rounded())
        for distance in 0...steps {
            for index in Set([start - distance, start + distance]).sorted() where (0...steps).contains(index) {
                let candidate = colour.with(lightness: Double(index) / Double(steps)).displayable
                if isAcceptable(candidate) { return candidate }
            }
        }
        return nil
    }
}

/// The hue that the neutral colours of a palette (page, surface, text) lean
/// towards, taken from the owner's colour, so that a teal business has a
/// faintly teal page and a brown one a warm page. A grey gives pure greys.
struct PaletteTint: Sendable, Hashable {
    var hue: Double
    var chroma: Double

    init(_ colour: SRGBColour) {
        let polar = OKLCH(colour)
        hue = polar.hue
        chroma = polar.chroma
    }

    /// A near-neutral colour of this hue: a quarter of the owner's chroma,
    /// at most `maximumChroma`, so that the page is never as loud as the accent.
    func neutral(_ lightness: Double, maximumChroma: Double) -> OKLCH {
        OKLCH(lightness: lightness, chroma: min(maximumChroma, chroma / 4), hue: hue)
    }
}

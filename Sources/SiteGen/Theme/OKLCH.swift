import Foundation

/// OKLab in polar form: `lightness`, `chroma` (0 for a grey) and `hue` in
/// degrees. The palette moves a colour's lightness and keeps its hue here.
struct OKLCH: Sendable, Hashable {
    var lightness: Double
    var chroma: Double
    var hue: Double

    init(lightness: Double, chroma: Double, hue: Double) {
        self.lightness = lightness
        self.chroma = chroma
        self.hue = hue
    }

    init(_ colour: SRGBColour) {
        let lab = OKLab(colour)
        let hue = atan2(lab.b, lab.a) * 180 / .pi
        self.init(lightness: lab.lightness, chroma: (lab.a * lab.a + lab.b * lab.b).squareRoot(), hue: hue < 0 ? hue + 360 : hue)
    }

    var lab: OKLab {
        let radians = hue * .pi / 180
        return OKLab(lightness: lightness, a: chroma * cos(radians), b: chroma * sin(radians))
    }

    /// The same colour with another lightness.
    func with(lightness: Double) -> OKLCH {
        OKLCH(lightness: lightness, chroma: chroma, hue: hue)
    }

    /// The nearest colour a screen shows: a colour too vivid for its
    /// lightness (a very light saturated teal) loses chroma, never hue or
    /// lightness, which is what CSS Color 4 recommends for gamut mapping.
    var displayable: SRGBColour {
        guard lightness > 0 else { return .black }
        guard lightness < 1 else { return .white }
        var colour = self
        if !colour.lab.isInSRGBGamut {
            // Bisection: 20 halvings bring chroma within a millionth, below one step of eight bits.
            var (low, high) = (0.0, chroma)
            for _ in 0..<20 {
                colour.chroma = (low + high) / 2
                if colour.lab.isInSRGBGamut { low = colour.chroma } else { high = colour.chroma }
            }
            colour.chroma = low
        }
        let (r, g, b) = colour.lab.linearRGB
        return SRGBColour(linearRed: r, linearGreen: g, linearBlue: b)
    }
}

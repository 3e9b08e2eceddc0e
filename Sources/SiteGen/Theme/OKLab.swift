import Foundation

/// A colour in OKLab (Björn Ottosson, 2020): `lightness` from 0 (black) to 1
/// (white), `a` green to red, `b` blue to yellow. Equal steps of lightness
/// look like equal steps to the eye, and a colour keeps its hue when only its
/// lightness moves, which sRGB and HSL do not give: a yellow made darker in
/// HSL turns olive, in OKLab it stays the same yellow, darker. Small enough to
/// write here rather than take a dependency.
struct OKLab: Sendable, Hashable {
    var lightness: Double
    var a: Double
    var b: Double

    init(lightness: Double, a: Double, b: Double) {
        self.lightness = lightness
        self.a = a
        self.b = b
    }

    /// sRGB (linear light) to the cone responses (LMS), their cube roots, then
    /// to Lab: the two matrices of the published reference implementation.
    init(_ colour: SRGBColour) {
        let (r, g, b) = colour.linear
        let l = cbrt(0.412_221_470_8 * r + 0.536_332_536_3 * g + 0.051_445_992_9 * b)
        let m = cbrt(0.211_903_498_2 * r + 0.680_699_545_1 * g + 0.107_396_956_6 * b)
        let s = cbrt(0.088_302_461_9 * r + 0.281_718_837_6 * g + 0.629_978_700_5 * b)
        self.init(
            lightness: 0.210_454_255_3 * l + 0.793_617_785_0 * m - 0.004_072_046_8 * s,
            a: 1.977_998_495_1 * l - 2.428_592_205_0 * m + 0.450_593_709_9 * s,
            b: 0.025_904_037_1 * l + 0.782_771_766_2 * m - 0.808_675_766_0 * s)
    }

    /// The inverse: linear-light sRGB channels, outside 0...1 when the colour
    /// is one a screen cannot show.
    var linearRGB: (red: Double, green: Double, blue: Double) {
        let l = pow(lightness + 0.396_337_777_4 * a + 0.215_803_757_3 * b, 3)
        let m = pow(lightness - 0.105_561_345_8 * a - 0.063_854_172_8 * b, 3)
        let s = pow(lightness - 0.089_484_177_5 * a - 1.291_485_548_0 * b, 3)
        return (
            4.076_741_662_1 * l - 3.307_711_591_3 * m + 0.230_969_929_2 * s,
            -1.268_438_004_6 * l + 2.609_757_401_1 * m - 0.341_319_396_5 * s,
            -0.004_196_086_3 * l - 0.703_418_614_7 * m + 1.707_614_701_0 * s
        )
    }

    var isInSRGBGamut: Bool {
        let (r, g, b) = linearRGB
        let tolerance = 1e-6
        return [r, g, b].allSatisfy { $0 >= -tolerance && $0 <= 1 + tolerance }
    }
}

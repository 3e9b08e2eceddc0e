import Foundation

/// A colour as a stylesheet writes it, `#rrggbb`: eight bits a channel, so
/// that every contrast is measured on the exact colour the browser shows.
struct SRGBColour: Sendable, Hashable, CustomStringConvertible {
    var red: UInt8
    var green: UInt8
    var blue: UInt8

    init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// `#rgb` or `#rrggbb`, in either case; nil for anything else.
    init?(hex: String) {
        guard hex.hasPrefix("#"), hex.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        let digits = Array(hex.dropFirst())
        guard digits.allSatisfy(\.isHexDigit) else { return nil }
        let pairs: [String]
        switch digits.count {
        case 3: pairs = digits.map { String([$0, $0]) }
        case 6: pairs = stride(from: 0, to: 6, by: 2).map { String(digits[$0...$0 + 1]) }
        default: return nil
        }
        guard let red = UInt8(pairs[0], radix: 16), let green = UInt8(pairs[1], radix: 16), let blue = UInt8(pairs[2], radix: 16)
        else { return nil }
        self.init(red: red, green: green, blue: blue)
    }

    /// The nearest colour to linear-light channels, each clamped to 0...1.
    init(linearRed: Double, linearGreen: Double, linearBlue: Double) {
        self.init(red: Self.encode(linearRed), green: Self.encode(linearGreen), blue: Self.encode(linearBlue))
    }

    static let white = SRGBColour(red: 255, green: 255, blue: 255)
    static let black = SRGBColour(red: 0, green: 0, blue: 0)

    /// `#0f766e`: lower case, six digits, as style.css writes its colours.
    var description: String {
        "#" + [red, green, blue].map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }

    /// The channels without the sRGB curve, for luminance and OKLab.
    var linear: (red: Double, green: Double, blue: Double) {
        (Self.decode(red), Self.decode(green), Self.decode(blue))
    }

    /// WCAG 2.x relative luminance: 0 for black, 1 for white.
    var relativeLuminance: Double {
        let channels = linear
        return 0.2126 * channels.red + 0.7152 * channels.green + 0.0722 * channels.blue
    }

    private static func decode(_ channel: UInt8) -> Double {
        let value = Double(channel) / 255
        return value <= 0.04045 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
    }

    private static func encode(_ linear: Double) -> UInt8 {
        let clamped = min(max(linear, 0), 1)
        let value = clamped <= 0.0031308 ? 12.92 * clamped : 1.055 * pow(clamped, 1 / 2.4) - 0.055
        return UInt8((value * 255).rounded())
    }
}

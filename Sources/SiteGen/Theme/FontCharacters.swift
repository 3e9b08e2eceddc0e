/// The characters a site's web fonts keep: those its language writes, so
/// that the files stay small. A character left out is still shown, in the
/// fallback font: the stylesheet's `unicode-range` tells the browser which
/// characters the web font has.
struct FontCharacters: Sendable, Hashable {
    /// Sorted, not overlapping.
    var ranges: [ClosedRange<UInt32>]

    /// Basic Latin, Latin-1, the general punctuation (dashes, quotes, the
    /// narrow no-break space French puts before `;:!?`), the euro and the
    /// trademark sign, and the few letters of Latin Extended-A that
    /// Windows-1252 has (œ Œ Ÿ š Š ž Ž) with Dutch's ĳ Ĳ: what English,
    /// French, Dutch, German, Spanish, Italian and their neighbours write.
    /// The rest of Latin Extended-A would add about 3.5 KB a file.
    static let westernEuropean = FontCharacters(ranges: [
        0x20...0x7E, 0xA0...0xFF, 0x132...0x133, 0x152...0x153, 0x160...0x161, 0x178...0x178, 0x17D...0x17E,
        0x2C6...0x2C6, 0x2DC...0x2DC, 0x2000...0x206F, 0x20AC...0x20AC, 0x2122...0x2122,
    ])

    /// The same with the whole of Latin Extended-A, for the languages of
    /// central and eastern Europe (ł, ő, č, ş, ğ...), Welsh and Maltese.
    static let latin = FontCharacters(ranges: [
        0x20...0x7E, 0xA0...0x17F, 0x2C6...0x2C6, 0x2DC...0x2DC, 0x2000...0x206F, 0x20AC...0x20AC, 0x2122...0x2122,
    ])

    /// Languages whose every letter `westernEuropean` has.
    static let westernLanguages: Set<String> = [
        "en", "fr", "nl", "de", "es", "it", "pt", "ca", "gl", "eu", "oc", "br", "co", "lb", "rm", "wa", "fy", "da", "sv", "no", "nb",
        "nn", "fi", "is", "fo", "ga", "gd", "af", "id", "ms", "sw", "tl",
    ]

    /// The characters of a site written in `languages` (BCP 47 tags, `fr`,
    /// `nl-BE`). One language today; a site in several gets the union.
    /// Other scripts (Greek, Cyrillic...) are shown in the fallback font.
    static func forLanguages(_ languages: [String]) -> FontCharacters {
        let primary = languages.map { String($0.lowercased().prefix { $0 != "-" && $0 != "_" }) }
        if !primary.isEmpty, primary.allSatisfy(westernLanguages.contains) { return westernEuropean }
        return latin
    }

    /// `U+0020-007E, U+00A0-00FF, ...`: CSS's `unicode-range` and, without
    /// the spaces, fontTools' `--unicodes`.
    var unicodeRange: String {
        ranges.map { range in
            let low = Self.hex(range.lowerBound)
            return range.lowerBound == range.upperBound ? "U+\(low)" : "U+\(low)-\(Self.hex(range.upperBound))"
        }.joined(separator: ", ")
    }

    func contains(_ scalar: Unicode.Scalar) -> Bool {
        ranges.contains { $0.contains(scalar.value) }
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}

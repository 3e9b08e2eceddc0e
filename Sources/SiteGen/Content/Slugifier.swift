import Foundation

/// Makes URL segments and heading anchors from text: lower case, accents of
/// Latin letters removed ("Crème brûlée" -> "creme-brulee"), other scripts
/// kept as they are ("パン屋", "чайка"), everything else turned into single hyphens.
package enum Slugifier {
    package static func slug(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingHyphen = false
        var previousWasLatin = false
        // Most headings are ASCII: no decomposition, no Unicode properties to look up.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var ascii: [UInt8] = []
            var hyphen = false
            for byte in text.utf8 {
                let lower = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
                if (0x61...0x7A).contains(lower) || (0x30...0x39).contains(lower) || lower == UInt8(ascii: "_") {
                    if hyphen, !ascii.isEmpty { ascii.append(UInt8(ascii: "-")) }
                    hyphen = false
                    ascii.append(lower)
                } else {
                    hyphen = true
                }
            }
            return String(decoding: ascii, as: UTF8.self)
        }
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark {
                // An accent on a Latin letter goes; a mark of another script is part of its letter.
                if !previousWasLatin, !result.isEmpty, !pendingHyphen { result.append(scalar) }
                continue
            }
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "_" {
                if pendingHyphen, !result.isEmpty { result.append("-") }
                pendingHyphen = false
                result.append(scalar)
                previousWasLatin = isLatin(scalar)
            } else {
                pendingHyphen = true
                previousWasLatin = false
            }
        }
        return String(result).precomposedStringWithCanonicalMapping
    }

    /// Latin letters: ASCII, Latin-1, Latin Extended-A/B and Additional.
    private static func isLatin(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF: true
        default: false
        }
    }
}

import Foundation

/// Makes URL segments and heading anchors from text: lower case, accents of
/// Latin letters removed ("Crème brûlée" -> "creme-brulee"), other scripts
/// kept as they are ("パン屋", "чайка"), everything else turned into single hyphens.
enum Slugifier {
    static func slug(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingHyphen = false
        var previousWasLatin = false
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

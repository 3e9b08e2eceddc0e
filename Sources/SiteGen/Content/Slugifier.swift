import Foundation

/// Makes URL segments and heading anchors from text: lower case, Latin accents
/// removed ("Crème brûlée" -> "creme-brulee"), letters of other scripts kept,
/// everything else turned into single hyphens.
enum Slugifier {
    static func slug(_ text: String) -> String {
        var result = ""
        var pendingHyphen = false
        for scalar in text.decomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "_" {
                if pendingHyphen, !result.isEmpty { result += "-" }
                pendingHyphen = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return result.precomposedStringWithCanonicalMapping
    }
}

import Foundation

/// The form a host is shown in on the site (`/links/` names an unknown site
/// by its host, and a Mastodon handle ends with one), following the rule
/// browsers apply to their address bar (Chromium's IDN display policy): a
/// label is shown in Unicode only when it cannot pass for another, else in
/// its `xn--` form. The subset applied, per label:
///
/// - letters of more than one script, other than the mixes of Latin with Han
///   and Hiragana/Katakana, Bopomofo or Hangul that Japanese, Chinese and
///   Korean names use, show as `xn--` (`аpple`: Cyrillic а + Latin);
/// - whole-script confusables: a Cyrillic, Greek or Armenian label made only
///   of letters that look like Latin ones (`аррӏе`, which reads as apple),
///   under a top-level domain not of that script, shows as `xn--`;
/// - a letter of a script outside a list of common ones, an invisible
///   character (default-ignorable, such as a zero-width joiner) or a
///   combining mark after a Latin letter shows as `xn--`.
///
/// Swift's `Unicode.Scalar.Properties` has no Script property, so a letter's
/// script is read from what it does have: `isIdeographic` for Han, the
/// general category to set aside digits, hyphens and marks (Common and
/// Inherited, which join any script), and the first word of the character's
/// Unicode name (`CYRILLIC SMALL LETTER A`) for the rest. Unknown means not shown.
enum HostDisplay {
    /// The host of `components` as visitors should see it.
    static func shown(_ components: URLComponents) -> String? {
        guard let unicode = components.host?.lowercased(), !unicode.isEmpty else { return nil }
        let ascii = (components.encodedHost ?? unicode).lowercased()
        return shown(unicode: unicode, ascii: ascii)
    }

    static func shown(unicode: String, ascii: String) -> String {
        let unicodeLabels = unicode.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let asciiLabels = ascii.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard unicodeLabels.count == asciiLabels.count else { return ascii }
        let topLevel = unicodeLabels.last ?? ""
        return zip(unicodeLabels, asciiLabels).map { label, encoded in
            isSafe(label, topLevel: topLevel) ? label : encoded
        }.joined(separator: ".")
    }

    static func isSafe(_ label: String, topLevel: String) -> Bool {
        if label.unicodeScalars.allSatisfy(\.isASCII) { return true }
        var scripts: Set<String> = []
        var previousScript: String?
        for scalar in label.unicodeScalars {
            let properties = scalar.properties
            if properties.isDefaultIgnorableCodePoint || properties.generalCategory == .format { return false }
            if isMark(properties.generalCategory) {
                if previousScript == "LATIN" { return false }
                continue
            }
            guard let script = script(of: scalar) else { continue }
            guard knownScripts.contains(script) else { return false }
            scripts.insert(script)
            previousScript = script
        }
        if scripts.count > 1 {
            return allowedMixes.contains { scripts.isSubset(of: $0) }
        }
        if let script = scripts.first, let lookalikes = latinLookalikes[script],
            label.unicodeScalars.allSatisfy({ lookalikes.contains($0) || !isLetter($0) }),
            !topLevel.unicodeScalars.contains(where: { self.script(of: $0) == script })
        {
            return false
        }
        return true
    }

    /// The script of a letter; nil for what belongs to every script (digits, hyphens, marks).
    static func script(of scalar: Unicode.Scalar) -> String? {
        guard isLetter(scalar) else { return nil }
        if scalar.isASCII { return "LATIN" }
        let properties = scalar.properties
        if properties.isIdeographic { return "HAN" }
        guard let name = properties.name else { return "UNKNOWN" }
        let word = String(name.prefix { $0 != " " })
        switch word {
        case "CJK": return "HAN"
        // The prolonged sound mark, used in both kana.
        case "KATAKANA-HIRAGANA": return nil
        default: return word
        }
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    private static func isMark(_ category: Unicode.GeneralCategory) -> Bool {
        category == .nonspacingMark || category == .spacingMark || category == .enclosingMark
    }

    static let knownScripts: Set<String> = [
        "LATIN", "GREEK", "CYRILLIC", "ARMENIAN", "HEBREW", "ARABIC", "DEVANAGARI", "BENGALI", "GURMUKHI", "GUJARATI",
        "ORIYA", "TAMIL", "TELUGU", "KANNADA", "MALAYALAM", "SINHALA", "THAI", "LAO", "TIBETAN", "MYANMAR", "GEORGIAN",
        "ETHIOPIC", "KHMER", "HAN", "HIRAGANA", "KATAKANA", "BOPOMOFO", "HANGUL",
    ]

    /// The script mixes of Japanese, Chinese and Korean names, which Chromium shows in Unicode.
    static let allowedMixes: [Set<String>] = [
        ["LATIN", "HAN", "HIRAGANA", "KATAKANA"], ["LATIN", "HAN", "BOPOMOFO"], ["LATIN", "HAN", "HANGUL"],
    ]

    /// Letters that look like Latin ones, by script: a label made only of them reads as a Latin name.
    static let latinLookalikes: [String: Set<Unicode.Scalar>] = [
        "CYRILLIC": Set("аысԁеԍһіюјӏорԛѕԝхуъьҽпгѵѡ".unicodeScalars),
        "GREEK": Set("αεικνορτυχωϲ".unicodeScalars),
        "ARMENIAN": Set("ագհոսօքզցւ".unicodeScalars),
    ]
}

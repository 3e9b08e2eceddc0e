import SiteGenCore

/// Writes values into `links.yml` so that YAML reads back exactly the same
/// text, whatever it holds: colons, `#`, quotes, line breaks, emoji.
package enum YAMLQuoting {
    /// A double-quoted scalar; `\`, `"` and control characters escaped.
    package static func doubleQuoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{2028}": result += "\\L"
            case "\u{2029}": result += "\\P"
            case "\u{85}": result += "\\N"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) || scalar.value == 0xFEFF:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// An address as a plain scalar when YAML reads it back unchanged (the
    /// usual case, and how owners write them), else double-quoted.
    package static func address(_ url: String) -> String {
        let safe = url.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && scalar.value > 0x20 && !"#'\"{}[]`|>\\".unicodeScalars.contains(scalar)
        }
        return safe && !url.contains(": ") && !url.hasSuffix(":") ? url : doubleQuoted(url)
    }

    /// Short words (an outlet, a language code) as plain scalars when YAML
    /// reads them back as the same text, else double-quoted.
    static func plainIfSafe(_ text: String) -> String {
        let reserved: Set<String> = ["true", "false", "yes", "no", "on", "off", "null", "y", "n", "~"]
        let safe =
            !text.isEmpty && text.first!.isLetter && text.last.map { $0.isLetter || $0.isNumber || $0 == ")" || $0 == "." } == true
            && text.allSatisfy { $0.isLetter || $0.isNumber || " .-()&'’".contains($0) }
            && !reserved.contains(text.lowercased()) && !text.contains("  ")
        return safe ? text : doubleQuoted(text)
    }

    /// A date written as owners write them: `2024-03-12`.
    static func date(_ date: ContentDate) -> String { date.isoDay }
}

/// The rule for every text value the owner gives (site.yml, links.yml, front
/// matter, command arguments): no C0 control character other than tab and
/// line feed, since one breaks a vCard line, an XML feed or an HTML page; nor
/// the noncharacters U+FFFE and U+FFFF, which XML forbids too; nor a stray
/// byte-order mark (U+FEFF), invisible and dropped by YAML readers.
public enum TextField {
    /// The first control character that a text value may not hold.
    public static func forbiddenControl(in text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first(where: isForbiddenControl)
    }

    public static func isForbiddenControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t" && scalar != "\n") || scalar.value == 0xFEFF || scalar.value == 0xFFFE || scalar.value == 0xFFFF
    }

    /// The text without the control characters it may not hold, for values
    /// that come from the network rather than from the owner, and for the
    /// writers of XML and vCards as a last resort.
    public static func stripped(_ text: String) -> String {
        guard forbiddenControl(in: text) != nil else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { !isForbiddenControl($0) }))
    }

    /// Only spaces and invisible characters (a zero-width space, say).
    public static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.properties.isWhitespace || $0.properties.isDefaultIgnorableCodePoint }
    }

    /// `the control character U+000D (carriage return)`, for messages.
    public static func describe(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        let names: [UInt32: String] = [0x0: "NUL", 0x9: "tab", 0xA: "line feed", 0xD: "carriage return", 0x1B: "escape", 0x7F: "delete"]
        if scalar.properties.isWhitespace, scalar.value >= 0x20, scalar.value != 0x85 { return "the space character \(code)" }
        if scalar.value == 0xFEFF { return "the invisible byte-order mark \(code)" }
        if scalar.value == 0xFFFE || scalar.value == 0xFFFF { return "the noncharacter \(code)" }
        return "the control character \(code)" + (names[scalar.value].map { " (\($0))" } ?? "")
    }
}

extension TextField {
    /// The text in double quotes for a message, with control characters
    /// written as escapes so that they cannot act on the terminal.
    public static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value):
                result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}

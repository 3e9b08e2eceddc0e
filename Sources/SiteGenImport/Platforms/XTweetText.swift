/// The text of a tweet as the archive writes it, made plain: X escapes
/// `&`, `<`, `>` and quotes as HTML entities in `full_text`, and shortens
/// every link to a `t.co` address that stops working when X does.
enum XTweetText {
    /// The five entities X writes, and numeric ones; anything else that
    /// looks like an entity (`&copy;`) is text the owner typed and is kept.
    /// One pass, so a typed `&amp;lt;` becomes `&lt;`, never `<`.
    static func unescaped(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == "&", let (decoded, length) = entity(at: index, in: scalars) {
                result.append(decoded)
                index += length
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return String(result)
    }

    private static let named: [String: Unicode.Scalar] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\""]

    /// The character of the entity starting at `start`, and the entity's length.
    private static func entity(at start: Int, in scalars: [Unicode.Scalar]) -> (Unicode.Scalar, Int)? {
        let longest = 10
        guard let end = scalars[(start + 1)...].prefix(longest).firstIndex(of: ";"), end > start + 1 else { return nil }
        let name = String(String.UnicodeScalarView(scalars[(start + 1)..<end]))
        let length = end - start + 1
        if let character = named[name] { return (character, length) }
        guard name.hasPrefix("#") else { return nil }
        var digits = name.dropFirst()
        var radix = 10
        if digits.first == "x" || digits.first == "X" {
            digits = digits.dropFirst()
            radix = 16
        }
        guard !digits.isEmpty, digits.count <= 7, let value = UInt32(digits, radix: radix), let character = Unicode.Scalar(value)
        else { return nil }
        // A control character other than a line break or tab is no text anyone typed.
        if character.value < 0x20 && character != "\n" && character != "\t" && character != "\r" { return nil }
        return (character, length)
    }

    /// The text with each `t.co` link replaced: by the address it stands
    /// for, or removed when it points at the tweet's own photos (which the
    /// page shows). `replacements` is keyed by the link's code, the part
    /// after `t.co/`, so that `http://` and `https://` forms both match.
    /// Links not listed stay as they are.
    static func linksReplaced(_ text: String, replacements: [String: String]) -> String {
        guard !replacements.isEmpty else { return text }
        var result = ""
        var rest = Substring(text)
        while let found = rest.range(of: "://t.co/") {
            let before = rest[..<found.lowerBound]
            let scheme = before.hasSuffix("https") ? 5 : (before.hasSuffix("http") ? 4 : 0)
            let codeEnd = rest[found.upperBound...].firstIndex { !($0.isASCII && ($0.isLetter || $0.isNumber)) } ?? rest.endIndex
            let code = String(rest[found.upperBound..<codeEnd])
            if scheme > 0, let replacement = replacements[code] {
                result += before.dropLast(scheme)
                if replacement.isEmpty {
                    // "see https://t.co/x" loses the space before the link too.
                    if result.last == " " { result.removeLast() }
                } else {
                    result += replacement
                }
            } else {
                result += rest[..<codeEnd]
            }
            rest = rest[codeEnd...]
        }
        result += rest
        return result
    }

    /// The code of a `t.co` address (`https://t.co/AbCdEf` -> `AbCdEf`), nil for any other address.
    static func shortLinkCode(_ address: String) -> String? {
        for prefix in ["https://t.co/", "http://t.co/"] where address.hasPrefix(prefix) {
            let code = address.dropFirst(prefix.count)
            return !code.isEmpty && code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) ? String(code) : nil
        }
        return nil
    }
}

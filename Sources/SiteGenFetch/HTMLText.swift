import Foundation
import SiteGenCore

/// Turns untrusted bits of a web page (a `<title>`, an attribute, a JSON-LD
/// string) into one line of plain text: bytes decoded, tags and the contents
/// of scripts and styles removed, entities decoded, control and invisible
/// direction characters removed, whitespace collapsed, length limited.
///
/// Tags are read by Gumbo, a real HTML5 parser (`HTMLTree`). No tag
/// survives: markup hidden behind entities (`&lt;script&gt;`) is stripped
/// again once decoded. A lone `<` or `>` that starts no tag
/// ("3 < 4") is kept as text; whatever shows it escapes it.
enum HTMLText {
    /// The whole cleaning, for a value read from a page. The text is read
    /// as HTML a second time, so that markup written with references
    /// (`&lt;script&gt;`) is removed too; its `&` are escaped first, so that
    /// references are decoded once only.
    static func plainText(_ markup: String) -> String {
        let once = text(ofMarkup: markup)
        return collapsingWhitespace(text(ofMarkup: once.replacingOccurrences(of: "&", with: "&amp;")))
    }

    /// `plainText`, then at most `maximum` characters; nil when nothing is left.
    static func plainText(_ markup: String?, limit maximum: Int) -> String? {
        guard let markup else { return nil }
        let text = limited(plainText(markup), to: maximum)
        return text.isEmpty ? nil : text
    }

    // MARK: Tags

    /// The text of `markup` read by Gumbo as HTML (see `HTMLTree`): tags
    /// and comments removed, the contents of scripts, styles and templates
    /// too, character references decoded, elements other than inline ones
    /// separated by a space. A tag left open at the end removes the rest, as
    /// a browser reads it.
    static func text(ofMarkup markup: String) -> String {
        guard markup.contains("<") || markup.contains("&") else { return markup }
        return HTMLTree(fragment: markup).plainText
    }

    // MARK: Entities

    /// Decodes named (the common ones) and numeric character references.
    /// Unknown names are left as written.
    static func decodingEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            guard scalar == "&", let (decoded, length) = reference(scalars, at: index) else {
                output.append(scalar)
                index += 1
                continue
            }
            output.append(contentsOf: decoded)
            index += length
        }
        return String(output)
    }

    /// The characters a reference at `index` stands for, and its length.
    private static func reference(_ scalars: [Unicode.Scalar], at index: Int) -> ([Unicode.Scalar], Int)? {
        var position = index + 1
        guard position < scalars.count else { return nil }
        if scalars[position] == "#" {
            position += 1
            let isHex = position < scalars.count && (scalars[position] == "x" || scalars[position] == "X")
            if isHex { position += 1 }
            let digitsStart = position
            var value: UInt32 = 0
            while position < scalars.count, position - digitsStart < 8, let next = digit(scalars[position], hex: isHex) {
                value = value * (isHex ? 16 : 10) + next
                position += 1
            }
            guard position > digitsStart else { return nil }
            if position < scalars.count, scalars[position] == ";" { position += 1 }
            return ([numericCharacter(value)], position - index)
        }
        var name = ""
        while position < scalars.count, position - index <= 32,
            isASCIILetter(scalars[position]) || isASCIIDigit(scalars[position])
        {
            name.unicodeScalars.append(scalars[position])
            position += 1
        }
        guard !name.isEmpty else { return nil }
        if position < scalars.count, scalars[position] == ";" {
            guard let value = namedEntities[name], let character = Unicode.Scalar(value) else { return nil }
            return ([character], position + 1 - index)
        }
        // Browsers also read the oldest references without their semicolon.
        guard let value = legacyEntities[name], let character = Unicode.Scalar(value) else { return nil }
        if position < scalars.count, scalars[position] == "=" { return nil }
        return ([character], position - index)
    }

    private static func digit(_ scalar: Unicode.Scalar, hex: Bool) -> UInt32? {
        switch scalar.value {
        case 48...57: return scalar.value - 48
        case 65...70 where hex: return scalar.value - 55
        case 97...102 where hex: return scalar.value - 87
        default: return nil
        }
    }

    /// As HTML reads `&#...;`: C1 codes are Windows-1252, the impossible is U+FFFD.
    private static func numericCharacter(_ value: UInt32) -> Unicode.Scalar {
        if (0x80...0x9F).contains(value) { return windows1252High[Int(value - 0x80)] }
        guard value != 0, let scalar = Unicode.Scalar(value) else { return "\u{FFFD}" }
        return scalar
    }

    private static let legacyEntities: [String: UInt32] = ["amp": 38, "lt": 60, "gt": 62, "quot": 34, "nbsp": 160]

    /// The Latin-1 names in code point order, from U+00A0.
    static let latin1EntityNames = [
        "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf", "laquo",
        "not", "shy", "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute", "micro", "para", "middot",
        "cedil", "sup1", "ordm", "raquo", "frac14", "frac12", "frac34", "iquest", "Agrave", "Aacute", "Acirc",
        "Atilde", "Auml", "Aring", "AElig", "Ccedil", "Egrave", "Eacute", "Ecirc", "Euml", "Igrave", "Iacute",
        "Icirc", "Iuml", "ETH", "Ntilde", "Ograve", "Oacute", "Ocirc", "Otilde", "Ouml", "times", "Oslash",
        "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute", "THORN", "szlig", "agrave", "aacute", "acirc", "atilde",
        "auml", "aring", "aelig", "ccedil", "egrave", "eacute", "ecirc", "euml", "igrave", "iacute", "icirc",
        "iuml", "eth", "ntilde", "ograve", "oacute", "ocirc", "otilde", "ouml", "divide", "oslash", "ugrave",
        "uacute", "ucirc", "uuml", "yacute", "thorn", "yuml",
    ]

    static let namedEntities: [String: UInt32] = {
        var table: [String: UInt32] = [
            "amp": 38, "lt": 60, "gt": 62, "quot": 34, "apos": 39, "OElig": 338, "oelig": 339, "Scaron": 352,
            "scaron": 353, "Yuml": 376, "fnof": 402, "circ": 710, "tilde": 732, "ensp": 8194, "emsp": 8195,
            "thinsp": 8201, "zwnj": 8204, "zwj": 8205, "lrm": 8206, "rlm": 8207, "hyphen": 8208, "ndash": 8211,
            "mdash": 8212, "lsquo": 8216, "rsquo": 8217, "sbquo": 8218, "ldquo": 8220, "rdquo": 8221,
            "bdquo": 8222, "dagger": 8224, "Dagger": 8225, "bull": 8226, "hellip": 8230, "permil": 8240,
            "prime": 8242, "Prime": 8243, "lsaquo": 8249, "rsaquo": 8250, "oline": 8254, "euro": 8364,
            "trade": 8482, "larr": 8592, "rarr": 8594, "nbhy": 8209, "numsp": 8199, "NewLine": 10, "Tab": 9,
            "excl": 33, "num": 35, "dollar": 36, "percnt": 37, "lpar": 40, "rpar": 41, "ast": 42, "plus": 43,
            "comma": 44, "period": 46, "sol": 47, "colon": 58, "semi": 59, "equals": 61, "quest": 63,
            "commat": 64, "lsqb": 91, "bsol": 92, "rsqb": 93, "lowbar": 95, "grave": 96, "lcub": 123,
            "verbar": 124, "vert": 124, "rcub": 125,
        ]
        for (offset, name) in latin1EntityNames.enumerated() { table[name] = 160 + UInt32(offset) }
        return table
    }()

    /// Windows-1252's 0x80-0x9F, where ISO-8859-1 has control codes.
    static let windows1252High: [Unicode.Scalar] = [
        "\u{20AC}", "\u{81}", "\u{201A}", "\u{192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{2C6}", "\u{2030}", "\u{160}", "\u{2039}", "\u{152}", "\u{8D}", "\u{17D}", "\u{8F}",
        "\u{90}", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{2DC}", "\u{2122}", "\u{161}", "\u{203A}", "\u{153}", "\u{9D}", "\u{17E}", "\u{178}",
    ]

    // MARK: Whitespace, invisible characters and length

    /// Characters that change how text around them is shown without being
    /// seen: direction overrides and zero-width spaces. The zero-width
    /// joiners stay, as emoji and some scripts need them.
    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xAD, 0x200B, 0x200E, 0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF: return true
        default: return false
        }
    }

    /// One line: control and invisible characters removed, every run of
    /// whitespace (line breaks and no-break spaces too) one space, trimmed.
    static func collapsingWhitespace(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !output.isEmpty
            } else if scalar.properties.generalCategory == .control || isInvisible(scalar) {
                continue
            } else {
                if pendingSpace { output.append(" ") }
                pendingSpace = false
                output.append(scalar)
            }
        }
        return String(output)
    }

    /// At most `maximum` characters: a longer text is cut at the last word
    /// boundary that fits (or mid-word when the first word is too long) and
    /// ends with "…".
    static func limited(_ text: String, to maximum: Int) -> String {
        guard maximum > 1, text.count > maximum else { return text }
        let room = maximum - 1
        // One character more than fits, to see whether a word ends exactly there.
        let candidate = text.prefix(room + 1)
        var cut: Substring
        if let space = candidate.lastIndex(of: " "), candidate.distance(from: candidate.startIndex, to: space) >= room / 2 {
            cut = candidate[..<space]
        } else {
            cut = candidate.prefix(room)
        }
        while let last = cut.last, last == " " || ",;:-–—([{".contains(last) { cut = cut.dropLast() }
        return cut + "…"
    }

    // MARK: Bytes

    /// The text of a page: BOM first, then the `charset` of the Content-Type,
    /// then a `<meta charset>` near the start, then UTF-8 if it is valid,
    /// else Windows-1252 (what browsers read ISO-8859-1 as).
    static func decode(_ data: Data, contentType: String?) -> String {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return String(decoding: bytes.dropFirst(3), as: UTF8.self) }
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]),
            let text = String(data: data, encoding: .utf16)
        {
            return text
        }
        let label = contentType.flatMap(charset(inContentType:)) ?? charset(inMeta: bytes.prefix(2048))
        switch label {
        case "iso-8859-1", "iso8859-1", "latin1", "l1", "windows-1252", "cp1252", "us-ascii", "ascii":
            return windows1252(bytes)
        case "utf-16", "utf-16le", "utf-16be":
            let encoding: String.Encoding = label == "utf-16be" ? .utf16BigEndian : label == "utf-16le" ? .utf16LittleEndian : .utf16
            if let text = String(data: data, encoding: encoding) { return text }
        default:
            break
        }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        return windows1252(bytes)
    }

    static func windows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            scalars.append((0x80...0x9F).contains(byte) ? windows1252High[Int(byte - 0x80)] : Unicode.Scalar(byte))
        }
        return String(scalars)
    }

    /// `utf-8` from `text/html; charset="UTF-8"`.
    static func charset(inContentType contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let parts = parameter.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces).lowercased() == "charset" else { continue }
            let value = parts[1].trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: "\"'")))
            return value.isEmpty ? nil : value.lowercased()
        }
        return nil
    }

    /// The charset named by a `<meta charset>` or `<meta http-equiv>` in the
    /// first bytes of a page.
    static func charset(inMeta bytes: ArraySlice<UInt8>) -> String? {
        let head = String(decoding: bytes.map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self).lowercased()
        guard let meta = head.range(of: "<meta"), let found = head.range(of: "charset=", range: meta.upperBound..<head.endIndex)
        else { return nil }
        let value = head[found.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
            .prefix { $0.isLetter || $0.isNumber || "-_.:".contains($0) }
        return value.isEmpty ? nil : String(value)
    }

    // MARK: ASCII

    static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        (65...90).contains(scalar.value) || (97...122).contains(scalar.value)
    }

    static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool { (48...57).contains(scalar.value) }
}

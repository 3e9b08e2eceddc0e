/// Text, addresses and code written into Markdown so that they read back as
/// exactly themselves: no emphasis, link, heading, list, table or HTML can
/// form from them, whatever surrounds them.
enum MarkdownEscaping {
    /// Characters escaped wherever they are: the openers of emphasis, code,
    /// links, strikethrough, tables, and the escape itself.
    private static let alwaysEscaped: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "|", "~"]

    /// A word of text (no HTML whitespace in it). `<` is written `&lt;`,
    /// not `\<`, so that the Markdown never holds a `<` outside code at all;
    /// `&` is escaped where it could start a character reference.
    static func text(_ word: String) -> String {
        var output = ""
        var scalars = word.unicodeScalars.makeIterator()
        var next = scalars.next()
        while let scalar = next {
            next = scalars.next()
            if isControl(scalar) { continue }
            if alwaysEscaped.contains(scalar) {
                output.unicodeScalars.append("\\")
                output.unicodeScalars.append(scalar)
            } else if scalar == "<" {
                output += "&lt;"
            } else if scalar == "&", next.map({ $0 == "#" || isASCIIAlphanumeric($0) }) ?? true {
                output += "\\&"
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// Escapes what only means something at the start of a line: a heading
    /// (`# `), a quote (`>`), a list item (`- `, `+ `, `1. `, `1) `), a
    /// thematic break or setext underline (`---`, `===`). `line` is
    /// Markdown whose other characters are already escaped; none of the
    /// syntax this writer adds starts with these characters.
    static func lineStart(_ line: String) -> String {
        guard let first = line.unicodeScalars.first else { return line }
        let rest = line.unicodeScalars.dropFirst()
        let followedBySpace = rest.first.map { $0 == " " || $0 == "\t" } ?? true
        switch first {
        case ">":
            return "\\" + line
        case "#":
            let hashes = line.unicodeScalars.prefix { $0 == "#" }.count
            let after = line.unicodeScalars.dropFirst(hashes).first
            return hashes <= 6 && (after == nil || after == " " || after == "\t") ? "\\" + line : line
        case "-", "+", "=":
            let onlyRule = line.unicodeScalars.allSatisfy { $0 == first || $0 == " " || $0 == "\t" }
            return followedBySpace || onlyRule ? "\\" + line : line
        case "0"..."9":
            let digits = line.unicodeScalars.prefix { ("0"..."9").contains($0) }.count
            let tail = line.unicodeScalars.dropFirst(digits)
            guard digits <= 9, let mark = tail.first, mark == "." || mark == ")" else { return line }
            let after = tail.dropFirst().first
            guard after == nil || after == " " || after == "\t" else { return line }
            return String(line.unicodeScalars.prefix(digits)) + "\\" + String(tail)
        default:
            return line
        }
    }

    /// A link or image destination: characters that would end it, or be
    /// read as syntax, percent-encoded; `&` escaped before a name.
    static func destination(_ address: String) -> String {
        var output = ""
        var scalars = address.unicodeScalars.makeIterator()
        var next = scalars.next()
        while let scalar = next {
            next = scalars.next()
            switch scalar {
            case " ", "<", ">", "(", ")", "\\", "|", "\"", "`", "\u{7F}", "\u{00}"..."\u{1F}":
                output += percentEncoded(scalar.value)
            case "&" where next.map({ $0 == "#" || isASCIIAlphanumeric($0) }) ?? true:
                output += "\\&"
            default:
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// A code span: a backtick fence longer than any run inside, and a
    /// space inside each fence when the code starts or ends with a backtick.
    static func codeSpan(_ code: String) -> String {
        let fence = String(repeating: "`", count: longestBacktickRun(in: code) + 1)
        let padding = code.hasPrefix("`") || code.hasSuffix("`") ? " " : ""
        return fence + padding + code + padding + fence
    }

    /// A fenced code block; the fence is longer than any run of backticks
    /// in the code, so no line of it can close the block.
    static func codeBlock(_ code: String) -> String {
        let fence = String(repeating: "`", count: max(3, longestBacktickRun(in: code) + 1))
        return fence + "\n" + code + "\n" + fence
    }

    /// Control characters other than the whitespace HTML collapses: they
    /// have no place in a page and libcmark-gfm would keep some of them.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    private static func longestBacktickRun(in text: String) -> Int {
        var longest = 0
        var run = 0
        for scalar in text.unicodeScalars {
            run = scalar == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        return longest
    }

    private static func percentEncoded(_ byte: UInt32) -> String {
        let digits = Array("0123456789ABCDEF")
        return "%" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0xF)])
    }

    private static func isASCIIAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}

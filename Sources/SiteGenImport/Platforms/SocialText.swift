/// The plain text of a social post (Instagram, Facebook, X) as safe
/// Markdown: paragraphs at blank lines, a line break at each newline, web
/// addresses and mentions as links, and everything else escaped so that no
/// character starts emphasis, a list, a heading or HTML by accident.
enum SocialText {
    /// `mention` gives the address of a mentioned account's profile (`@miller`), or nil to keep it as text.
    static func markdown(_ text: String, mention: (String) -> String? = { _ in nil }) -> String {
        let normalised = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        var paragraphs: [String] = []
        var current: [String] = []
        for line in normalised.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                if !current.isEmpty { paragraphs.append(current.joined(separator: "\\\n")) }
                current = []
            } else {
                current.append(markdownLine(trimmed, mention: mention))
            }
        }
        if !current.isEmpty { paragraphs.append(current.joined(separator: "\\\n")) }
        return paragraphs.joined(separator: "\n\n")
    }

    private static func markdownLine(_ line: String, mention: (String) -> String?) -> String {
        var words: [String] = []
        for (index, word) in line.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
            words.append(markdownWord(String(word), atLineStart: index == 0, mention: mention))
        }
        return words.joined(separator: " ")
    }

    private static func markdownWord(_ word: String, atLineStart: Bool, mention: (String) -> String?) -> String {
        let (core, trailing) = splitTrailingPunctuation(word)
        if core.hasPrefix("https://") || core.hasPrefix("http://"), core.count > 8, let destination = linkDestination(core) {
            return "[\(MarkdownText.escaped(core))](\(destination))" + MarkdownText.escaped(trailing, atLineStart: false)
        }
        if core.hasPrefix("@"), core.count > 1,
            core.dropFirst().allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }),
            let address = mention(String(core.dropFirst())), let destination = linkDestination(address)
        {
            return "[\(MarkdownText.escaped(core))](\(destination))" + MarkdownText.escaped(trailing, atLineStart: false)
        }
        var escaped = MarkdownText.escaped(word, atLineStart: atLineStart)
        if atLineStart, let first = escaped.first {
            // "- ", "+ ", "= " and "1. " at the start of a line would make a list or a heading.
            if "-+=".contains(first) { escaped = "\\" + escaped }
            if first.isNumber, let end = escaped.firstIndex(where: { !$0.isNumber }), ".)".contains(escaped[end]) {
                escaped.insert("\\", at: end)
            }
        }
        return escaped
    }

    /// "bakery.example/menu)." -> ("bakery.example/menu", ").")
    private static func splitTrailingPunctuation(_ word: String) -> (String, String) {
        var core = Substring(word)
        while let last = core.last, ".,;:!?)»\"'".contains(last) { core.removeLast() }
        return (String(core), String(word[core.endIndex...]))
    }

    /// The address as a Markdown link destination, or nil when it is not a
    /// plain http(s) address: angle brackets keep parentheses and spaces safe.
    static func linkDestination(_ address: String) -> String? {
        guard address.hasPrefix("https://") || address.hasPrefix("http://"),
            !address.contains(where: { $0 == "<" || $0 == ">" || $0.isNewline || $0 == "\\" })
        else { return nil }
        return "<" + address.replacingOccurrences(of: " ", with: "%20") + ">"
    }
}

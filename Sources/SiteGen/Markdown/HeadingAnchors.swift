/// Gives each heading of a page a stable, unique id made from its text:
/// "Nos pains" -> `nos-pains`, a second one -> `nos-pains-1`. Ids the
/// owner wrote (`## Wat we doen {#diensten}`) are reserved first, and
/// automatic ids go around them.
struct HeadingAnchors {
    private var used: Set<String> = []

    /// The id a heading's text gives before any number is added.
    static func base(_ text: String) -> String {
        let slug = Slugifier.slug(text)
        return slug.isEmpty ? "section" : slug
    }

    /// Takes `id`, written by the owner, so that automatic ids avoid it;
    /// false when it was already taken.
    mutating func reserve(_ id: String) -> Bool {
        used.insert(id).inserted
    }

    mutating func claim(_ text: String) -> String {
        let base = Self.base(text)
        var candidate = base
        var counter = 1
        while used.contains(candidate) {
            candidate = "\(base)-\(counter)"
            counter += 1
        }
        used.insert(candidate)
        return candidate
    }

    /// A `{#id}` at the end of a heading's text, the syntax Hugo, kramdown
    /// and Pandoc share: the UTF-8 offset of its `{` and what is written
    /// between `{#` and `}`, valid or not. Spaces may come before it and
    /// after it. `{}` or `{.class}` is not one: it stays text.
    static func trailingID(in text: String) -> (braceOffset: Int, id: String)? {
        let bytes = Array(text.utf8)
        var end = bytes.count
        while end > 0, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t") { end -= 1 }
        guard end >= 3, bytes[end - 1] == UInt8(ascii: "}"),
            let brace = bytes[..<(end - 1)].lastIndex(of: UInt8(ascii: "{")),
            brace + 1 < end - 1, bytes[brace + 1] == UInt8(ascii: "#")
        else { return nil }
        return (brace, String(decoding: bytes[(brace + 2)..<(end - 1)], as: UTF8.self))
    }

    /// Why `id` cannot be a heading's id, in plain words, or nil when it
    /// can: letters, digits, `-`, `_`, `:` and `.`, as Pandoc allows.
    ///
    /// Hugo would leave `{#}` or `{#b c}` in the heading as text, braces
    /// and all, which is the surprise issue 14 reported: here it is an
    /// error at the heading, saying what to write instead.
    static func problem(with id: String) -> String? {
        if id.isEmpty {
            return "the heading ends with \"{#}\", an empty id: write the id after \"#\", as in {#opening-hours}, or remove the braces"
        }
        let written = "{#\(id)}"
        if id.contains(where: \.isWhitespace) {
            let words = id.split(whereSeparator: \.isWhitespace)
            let joined = words.joined(separator: "-")
            // `{#id .class key=value}`, which Hugo and Pandoc also read.
            if let first = words.first, words.dropFirst().contains(where: { $0.hasPrefix(".") || $0.contains("=") }) {
                return
                    "the heading's id \(written) has more than an id: classes and attributes are not supported, only {#id}; write {#\(first)}"
            }
            return "the heading's id \(written) has a space, which an id cannot have: write {#\(joined)}"
        }
        if let bad = id.first(where: { !isAllowed($0) }) {
            return
                "the heading's id \(written) has \"\(bad)\", which an id cannot have: use letters, digits, \"-\", \"_\", \":\" and \".\""
        }
        return nil
    }

    private static func isAllowed(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || "-_:.".contains(character)
    }
}

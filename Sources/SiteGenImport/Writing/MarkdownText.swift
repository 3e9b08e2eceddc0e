/// Plain text made safe inside Markdown: every character that could start
/// emphasis, a link, code, HTML or an entity is escaped, and line breaks
/// become spaces (for alt text and one-line labels). The escapes are only
/// those needed, since owners read and edit the result: `!` before `[`,
/// `&` before a letter or `#`, `>` and a heading's `#`s at the start.
enum MarkdownText {
    private static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", "|", "~"]

    /// `atLineStart` false for a word in the middle of a line, where `#` and `>` are plain.
    static func escaped(_ text: String, atLineStart: Bool = true) -> String {
        var result = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            if character.isNewline {
                result.append(" ")
                continue
            }
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            let needsEscape =
                special.contains(character)
                || character == "!" && next == "["
                || character == "&" && (next.map { $0.isLetter || $0 == "#" } ?? false)
                || character == ">" && result.isEmpty && atLineStart
                // `#tag` is text; only `#`s alone before a space make a heading.
                || character == "#" && result.isEmpty && atLineStart
                    && characters.prefix { $0 == "#" }.count == characters.prefix { !$0.isWhitespace }.count
            if needsEscape { result.append("\\") }
            result.append(character)
        }
        return result
    }
}

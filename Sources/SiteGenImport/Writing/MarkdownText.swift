/// Plain text made safe inside Markdown: every character that could start
/// emphasis, a link, code, HTML or an entity is escaped, and line breaks
/// become spaces (for alt text and one-line labels).
enum MarkdownText {
    private static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "#", "!", "|", "&", "~"]

    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            if character.isNewline {
                result.append(" ")
            } else {
                if special.contains(character) { result.append("\\") }
                result.append(character)
            }
        }
        return result
    }
}

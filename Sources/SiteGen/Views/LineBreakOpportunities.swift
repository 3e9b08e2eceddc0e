/// Where a handle or an address may wrap on a narrow phone: before a dot, an
/// underscore or an `@`, and after a slash, never inside a word.
/// `@boulangerie_martin@mastodon.social` wraps as `@boulangerie` `_martin`
/// `@mastodon` `.social`, where the browser's last resort would cut it as
/// `@boulangerie_martin@mastodo` `n.social`. Breaking before the dot keeps it
/// from ending a line like a full stop (the usual rule for addresses in print).
enum LineBreakOpportunities {
    static let before: Set<Character> = [".", "_", "@"]
    static let after: Set<Character> = ["/"]

    /// `text` escaped for HTML, with a `<wbr>` at each place it may wrap.
    static func html(_ text: String) -> String {
        let characters = Array(text)
        var html = ""
        html.reserveCapacity(text.utf8.count + 16)
        for (index, character) in characters.enumerated() {
            if index > 0, before.contains(character), !isBreak(characters[index - 1]) {
                html += "<wbr>"
            }
            html += HTMLEscaping.text(String(character))
            // After the last slash of a run (`https://`), and not at the very end.
            if after.contains(character), index + 1 < characters.count, !isBreak(characters[index + 1]) {
                html += "<wbr>"
            }
        }
        return html
    }

    private static func isBreak(_ character: Character) -> Bool {
        before.contains(character) || after.contains(character)
    }
}

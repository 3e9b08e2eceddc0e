/// Writes the inline content of one or more paragraphs: text with its
/// whitespace collapsed as a browser collapses it, emphasis and links, hard
/// breaks.
///
/// Spaces, breaks and opening delimiters wait until something visible
/// follows them. So a space never sits just inside a delimiter (`** x**`
/// is not bold in Markdown; the space goes outside), an element with
/// nothing visible in it writes nothing (`[](…)`, `****`), and no line or
/// paragraph starts or ends with a space or a break.
struct MarkdownInlineWriter {
    private struct Delimiter {
        var open: String
        var close: String
        var isWritten = false
    }

    /// Newlines in text are line breaks, blank lines paragraph breaks (as
    /// WordPress shows posts written without `<p>`).
    var newlinesAreBreaks = false
    /// Headings: breaks are spaces.
    var isSingleLine = false

    private(set) var paragraphs: [String] = []
    private var current = ""
    private var delimiters: [Delimiter] = []
    private var pendingSpace = false
    private var pendingBreaks = 0
    /// A `<br>` was just written: the newline that usually follows it in
    /// the source is not a second break.
    private var afterBreakElement = false

    init(newlinesAreBreaks: Bool = false, isSingleLine: Bool = false) {
        self.newlinesAreBreaks = newlinesAreBreaks
        self.isSingleLine = isSingleLine
    }

    mutating func text(_ text: String) {
        var word = ""
        for scalar in text.unicodeScalars {
            guard HTMLTree.isHTMLSpace(scalar) else {
                word.unicodeScalars.append(scalar)
                continue
            }
            if !word.isEmpty {
                visible(MarkdownEscaping.text(word))
                word = ""
            }
            if newlinesAreBreaks, scalar == "\n" {
                if afterBreakElement {
                    afterBreakElement = false
                } else {
                    lineBreak(fromElement: false)
                }
            }
            pendingSpace = true
        }
        if !word.isEmpty { visible(MarkdownEscaping.text(word)) }
    }

    /// A space between words, as between two blocks inside a link.
    mutating func space() {
        pendingSpace = true
    }

    /// Markdown that shows something (an image, a code span), written as is.
    mutating func atom(_ markdown: String) {
        visible(markdown)
    }

    mutating func lineBreak() {
        lineBreak(fromElement: true)
    }

    private mutating func lineBreak(fromElement: Bool) {
        if isSingleLine {
            pendingSpace = true
            return
        }
        pendingBreaks += 1
        afterBreakElement = fromElement
    }

    mutating func open(_ open: String, close: String) {
        delimiters.append(Delimiter(open: open, close: close))
    }

    /// Closes what the last `open` opened; nothing when nothing visible
    /// came in between.
    mutating func close() {
        guard let delimiter = delimiters.popLast(), delimiter.isWritten else { return }
        current += delimiter.close
    }

    /// The paragraphs written, each line escaped where a line starts.
    mutating func finish() -> [String] {
        endParagraph()
        return paragraphs
    }

    private mutating func visible(_ markdown: String) {
        afterBreakElement = false
        if pendingBreaks > 0, !current.isEmpty {
            if pendingBreaks >= 2 {
                endParagraph()
            } else {
                current += "\\\n"
            }
            pendingSpace = false
        }
        pendingBreaks = 0
        if pendingSpace, !current.isEmpty, !current.hasSuffix("\n") { current += " " }
        pendingSpace = false
        for index in delimiters.indices where !delimiters[index].isWritten {
            current += delimiters[index].open
            delimiters[index].isWritten = true
        }
        current += markdown
    }

    /// Ends the paragraph being written; the delimiters still open are
    /// closed here and opened again in the next one.
    private mutating func endParagraph() {
        for index in delimiters.indices.reversed() where delimiters[index].isWritten {
            current += delimiters[index].close
            delimiters[index].isWritten = false
        }
        if !current.isEmpty {
            paragraphs.append(
                current.split(separator: "\n", omittingEmptySubsequences: false).map { MarkdownEscaping.lineStart(String($0)) }.joined(
                    separator: "\n"))
        }
        current = ""
        pendingSpace = false
        pendingBreaks = 0
    }
}

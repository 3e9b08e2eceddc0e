import SiteGenCore

/// Turns places in a page's Markdown body (line of the body, column in
/// bytes, as libcmark-gfm counts them) into positions in its file (line of
/// the file, column in characters, as editors count them).
///
/// Lines are split once, and columns counted on from the previous position
/// on the same line: a hostile page of 20,000 removed attributes on one line
/// took minutes when each message split and decoded it.
struct MarkdownPositions {
    private let body: String
    private let file: String
    private let lineOffset: Int
    private var lines: [ArraySlice<UInt8>] = []
    private var cursor = (line: 0, byte: 0, column: 1)

    init(_ page: Page) {
        body = page.body
        file = page.source?.displayPath ?? page.location.file
        lineOffset = page.bodyLineOffset
    }

    mutating func location(_ position: MarkdownPosition) -> SourceLocation {
        location(line: position.line, byteColumn: position.byteColumn)
    }

    mutating func location(line: Int, byteColumn: Int) -> SourceLocation {
        if lines.isEmpty { lines = Array(body.utf8).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) }
        guard line >= 1, line <= lines.count else { return SourceLocation(file: file, line: line + lineOffset, column: 1) }
        // cmark counts columns in bytes; editors count characters: every byte that starts one.
        let text = lines[line - 1]
        let target = min(max(0, byteColumn - 1), text.count)
        if cursor.line != line || cursor.byte > target { cursor = (line, 0, 1) }
        for byte in text[(text.startIndex + cursor.byte)..<(text.startIndex + target)] where byte & 0xC0 != 0x80 { cursor.column += 1 }
        cursor.byte = target
        return SourceLocation(file: file, line: line + lineOffset, column: cursor.column)
    }
}

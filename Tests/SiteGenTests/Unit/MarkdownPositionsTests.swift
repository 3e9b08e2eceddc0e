import Testing

@testable import SiteGen
@testable import SiteGenCore

/// Places in a page's body turned into places in its file: the lines found
/// as far as asked (with `memchr`) give what splitting the whole body into
/// lines gave, for any order of questions.
@Suite("Unit: MarkdownPositions")
struct MarkdownPositionsTests {
    static func page(_ body: String, lineOffset: Int = 3) -> Page {
        Page(
            kind: .page, source: nil, frontMatter: FrontMatter(), body: body, bodyLineOffset: lineOffset, folder: "news", title: "T",
            date: nil, sitePath: "/news/t/", outputPath: "news/t/index.html", templateName: "page", language: "fr", translationKey: "t")
    }

    /// What the positions were before: the body split into lines, columns counted from each line's start.
    static func expected(_ body: String, line: Int, byteColumn: Int, lineOffset: Int = 3) -> SiteGenCore.SourceLocation {
        let lines = Array(body.utf8).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count else { return SourceLocation(file: "content/news", line: line + lineOffset, column: 1) }
        let text = lines[line - 1]
        let target = min(max(0, byteColumn - 1), text.count)
        let column = 1 + text.prefix(target).filter { $0 & 0xC0 != 0x80 }.count
        return SourceLocation(file: "content/news", line: line + lineOffset, column: column)
    }

    @Test func aFewPlaces() {
        let body = "Première ligne\n\nÀ la ligne ![photo](a.jpg) trois\n"
        var positions = MarkdownPositions(Self.page(body))
        #expect(positions.location(line: 1, byteColumn: 1) == SourceLocation(file: "content/news", line: 4, column: 1))
        // "Première " is 10 bytes and 9 characters.
        #expect(positions.location(line: 1, byteColumn: 11) == SourceLocation(file: "content/news", line: 4, column: 10))
        #expect(positions.location(line: 3, byteColumn: 13) == SourceLocation(file: "content/news", line: 6, column: 12))
        // The empty line after the last line feed exists; the one after it does not.
        #expect(positions.location(line: 4, byteColumn: 5) == SourceLocation(file: "content/news", line: 7, column: 1))
        #expect(positions.location(line: 5, byteColumn: 1) == SourceLocation(file: "content/news", line: 8, column: 1))
        #expect(positions.location(line: 0, byteColumn: 1) == SourceLocation(file: "content/news", line: 3, column: 1))
        // Asked again, earlier on the same line.
        #expect(positions.location(line: 1, byteColumn: 3) == SourceLocation(file: "content/news", line: 4, column: 3))
    }

    @Test func randomBodiesAndQuestionsGiveWhatSplittingGave() {
        var random = SplitMix64(seed: 20_261_204)
        let pieces = ["a", "é", "€", "😀", " ", "\n", "\n\n", "\r\n", "ab c", "\u{301}"]
        for _ in 0..<300 {
            let body = (0..<Int.random(in: 0...60, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            var positions = MarkdownPositions(Self.page(body))
            let lineCount = body.utf8.filter { $0 == UInt8(ascii: "\n") }.count + 1
            for _ in 0..<20 {
                let line = Int.random(in: -1...(lineCount + 2), using: &random)
                let column = Int.random(in: -1...40, using: &random)
                #expect(positions.location(line: line, byteColumn: column) == Self.expected(body, line: line, byteColumn: column))
            }
        }
    }
}

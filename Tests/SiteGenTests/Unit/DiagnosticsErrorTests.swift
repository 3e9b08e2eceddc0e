import Testing

@testable import SiteGenCore

@Suite("Unit: DiagnosticsError")
struct DiagnosticsErrorUnitTests {
    private func at(_ file: String, _ line: Int, _ column: Int, _ message: String) -> Diagnostic {
        .error(at: SourceLocation(file: file, line: line, column: column), message)
    }

    @Test("problems are sorted by position, repeats dropped, ties kept in the order found")
    func sortedAndDeduplicated() {
        let error = DiagnosticsError([
            at("b.md", 1, 1, "third"),
            at("a.md", 5, 2, "second"),
            at("a.md", 1, 9, "zz first"),
            at("a.md", 1, 9, "aa found after"),
            at("a.md", 5, 2, "second"),
        ])
        #expect(error.diagnostics.map(\.message) == ["zz first", "aa found after", "second", "third"])
    }

    @Test("described one problem a line")
    func description() {
        let error = DiagnosticsError([at("site.yml", 2, 6, "url: bad"), .warning(at: SourceLocation(file: "site.yml"), "old")])
        #expect(error.description == "site.yml: warning: old\nsite.yml:2:6: error: url: bad")
        #expect(DiagnosticsError(at("a.md", 1, 1, "x")).diagnostics.count == 1)
    }
}

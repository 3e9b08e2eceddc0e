import Testing

@testable import SiteGenCore

@Suite("Unit: Diagnostic")
struct DiagnosticUnitTests {
    @Test("printed like a compiler's message")
    func compilerFormat() {
        let error = Diagnostic.error(at: SourceLocation(file: "links.yml", line: 14, column: 9), "press[3].date: \"2024-13-01\" is not a date")
        #expect(error.description == "links.yml:14:9: error: press[3].date: \"2024-13-01\" is not a date")
        #expect("\(error)" == error.description)
    }

    @Test(
        "forms without a column or a line",
        arguments: [
            (SiteGenCore.SourceLocation(file: "content/index.md", line: 3), "content/index.md:3: warning: stale"),
            (SiteGenCore.SourceLocation(file: "templates"), "templates: warning: stale"),
        ])
    func shorterForms(_ location: SiteGenCore.SourceLocation, _ expected: String) {
        #expect(Diagnostic.warning(at: location, "stale").description == expected)
    }

    @Test("the factories set the severity")
    func severities() {
        let location = SourceLocation(file: "a.md", line: 1, column: 1)
        #expect(Diagnostic.error(at: location, "x").severity == .error)
        #expect(Diagnostic.warning(at: location, "x").severity == .warning)
        #expect(Diagnostic(.warning, at: location, "x") == .warning(at: location, "x"))
        #expect(Diagnostic.error(at: location, "x") != .warning(at: location, "x"))
        #expect(Diagnostic.Severity.error.rawValue == "error")
        #expect(Diagnostic.Severity.warning.rawValue == "warning")
    }

    @Test("a message is printed as it is, even with newlines or colons")
    func messageVerbatim() {
        let diagnostic = Diagnostic.error(at: SourceLocation(file: "a.md", line: 2, column: 5), "a: b\nc")
        #expect(diagnostic.description == "a.md:2:5: error: a: b\nc")
    }
}

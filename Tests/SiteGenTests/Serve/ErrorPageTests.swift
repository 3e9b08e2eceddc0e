import Testing

@testable import SiteGen
@testable import SiteGenCore
@testable import SiteGenServer

@Suite("Serve: error page")
struct ErrorPageTests {
    @Test("the browser shows a diagnostic's notes under it, as the terminal does")
    func notes() {
        let note = Diagnostic.Note(
            at: SiteGenCore.SourceLocation(file: "content/<a>.md", line: 1, column: 1), "content/<a>.md writes a/index.html here")
        let diagnostic = Diagnostic.error(
            at: SiteGenCore.SourceLocation(file: "content/b.md", line: 3, column: 7),
            "content/b.md would write a/index.html, which content/<a>.md writes too", notes: [note])
        let html = ErrorPage.html([diagnostic])
        #expect(
            html.contains(
                """
                <li><code>content/b.md:3:7: error: content/b.md would write a/index.html, which content/&lt;a&gt;.md writes too
                content/&lt;a&gt;.md:1:1: note: content/&lt;a&gt;.md writes a/index.html here</code></li>
                """))
    }
}

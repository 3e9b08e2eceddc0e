import Testing

@testable import SiteGen
@testable import SiteGenCore

/// Notes point at the second place a diagnostic is about, each at its own
/// file, line and column, printed after it as the Swift compiler prints them.
@Suite("Unit: diagnostic notes")
struct DiagnosticNoteUnitTests {
    private func place(_ file: String, _ line: Int = 0, _ column: Int = 0) -> SiteGenCore.SourceLocation {
        SiteGenCore.SourceLocation(file: file, line: line, column: column)
    }

    @Test("a note is printed on its own line after its diagnostic")
    func printing() {
        let diagnostic = Diagnostic.error(
            at: place("b.md", 3, 7), "b.md would write x, which a.md writes too",
            notes: [.init(at: place("a.md", 1, 1), "a.md writes x here"), .init(at: place("c.md"), "and here")])
        #expect(
            diagnostic.description == """
                b.md:3:7: error: b.md would write x, which a.md writes too
                a.md:1:1: note: a.md writes x here
                c.md: note: and here
                """)
        #expect(diagnostic.headline == "b.md:3:7: error: b.md would write x, which a.md writes too")
        #expect(Diagnostic.warning(at: place("a.md", 2), "plain").description == "a.md:2: warning: plain")
        #expect(
            DiagnosticsError([diagnostic, .error(at: place("a.md", 9, 1), "other")]).description == """
                a.md:9:1: error: other
                b.md:3:7: error: b.md would write x, which a.md writes too
                a.md:1:1: note: a.md writes x here
                c.md: note: and here
                """)
    }

    @Test("two claims of one output: the first claim is a note at its own place")
    func outputClaimedTwice() throws {
        var claims = OutputClaims()
        claims.claim("about/index.html", by: "content/about/index.md", at: place("content/about/index.md", 1, 1))
        claims.claim("about/index.html", by: "content/about.md", at: place("content/about.md", 3, 7))
        let diagnostic = try #require(claims.diagnostics.first)
        #expect(claims.diagnostics.count == 1)
        #expect(diagnostic.location == place("content/about.md", 3, 7))
        #expect(diagnostic.message == "content/about.md would write about/index.html, which content/about/index.md writes too")
        #expect(diagnostic.notes == [.init(at: place("content/about/index.md", 1, 1), "content/about/index.md writes about/index.html here")])
    }

    @Test("a file where a folder is needed, and a folder where a file is: a note at the other claim")
    func fileAndFolder() throws {
        var claims = OutputClaims()
        claims.claim("index.html", by: "content/index.md", at: place("content/index.md", 1, 1))
        claims.claim("index.html/index.html", by: "content/home.md", at: place("content/home.md", 3, 7))
        claims.claim("shop/index.html", by: "content/shop.md", at: place("content/shop.md", 2, 5))
        claims.claim("shop", by: "the alias /shop of content/a.md", at: place("content/a.md", 4, 10))
        #expect(
            claims.diagnostics.map(\.notes) == [
                [.init(at: place("content/index.md", 1, 1), "content/index.md writes the file index.html here")],
                [.init(at: place("content/shop.md", 2, 5), "content/shop.md needs the folder shop here, for shop/index.html")],
            ])
    }

    @Test("a first claim known only by its name (sitegen's own files, static files) adds no note")
    func namedOnly() {
        var claims = OutputClaims()
        claims.claim("feed.xml", by: "sitegen's news feed", at: place("sitegen's news feed"))
        claims.claim("robots.txt", by: "static/robots.txt", at: place("static/robots.txt"))
        claims.claim("feed.xml", by: "content/feed.md", at: place("content/feed.md", 3, 7))
        claims.claim("robots.txt", by: "the alias /robots.txt of content/a.md", at: place("content/a.md", 4, 10))
        #expect(claims.diagnostics.count == 2)
        #expect(claims.diagnostics.allSatisfy { $0.notes.isEmpty })
    }
}

import Foundation
import Testing
@testable import SiteGen

/// The deliberately broken sites of `Tests/SiteGenTests/Fixtures/`: each must
/// fail with exactly the errors listed in its `expected-errors.txt`.
@Suite("Site: broken fixtures")
struct BrokenFixtureTests {
    static let brokenSites = [
        "bad-yaml", "wrong-type", "missing-link", "duplicate-output", "missing-partial", "unknown-variable",
        "multiple-errors", "static-collision", "draft-link", "missing-template", "bad-links", "bad-business",
        "no-address",
    ]

    @Test(arguments: brokenSites)
    func failsWithTheExpectedErrors(_ name: String) throws {
        let site = TestSupport.fixture(name)
        let expected = try String(contentsOf: site.appendingPathComponent("expected-errors.txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let output = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(output) }
        let target = output.appendingPathComponent("public")
        let error = #expect(throws: DiagnosticsError.self) { try TestSupport.build(site, into: target) }
        let errors = error?.diagnostics.filter { $0.severity == .error }.map(\.description) ?? []
        #expect(errors == expected)
        #expect(!FileManager.default.fileExists(atPath: target.path), "a failed build must not create the output")
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).isEmpty, "the staging folder must be removed")
    }

    @Test func reportsEveryErrorOfOneBuildAcrossFiles() throws {
        let expected = try String(contentsOf: TestSupport.fixture("multiple-errors").appendingPathComponent("expected-errors.txt"), encoding: .utf8)
        let files = Set(expected.split(separator: "\n").map { $0.split(separator: ":")[0] })
        #expect(files.count >= 4)
    }
}

@Suite("Site: good fixtures")
struct GoodFixtureTests {
    @Test func escapesMarkupAndQuotesFromFrontMatter() throws {
        let output = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(output) }
        try TestSupport.build(TestSupport.fixture("escaping"), into: output)
        let html = try TestSupport.text(output, "tricky/index.html")
        let escapedTitle = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Fish &amp; &quot;Chips&quot;"
        #expect(html.contains("<h1>\(escapedTitle)</h1>"))
        #expect(html.contains("<title>\(escapedTitle) – Fixture Shop</title>"))
        #expect(html.contains(#"<meta name="description" content="Tom&#39;s &lt;b&gt;best&lt;/b&gt; &amp; &quot;only&quot; fish">"#))
        #expect(!html.contains("<script>alert('x')"))
        // The menu on another page shows the same title escaped.
        #expect(try TestSupport.text(output, "index.html").contains(">\(escapedTitle)</a>"))
        // Raw HTML in the owner's Markdown is kept; the tag filter defuses <script>.
        #expect(html.contains("<em>raw HTML</em>"))
        #expect(html.contains("&lt;script>alert(1)&lt;/script>"))
    }

    @Test func siteTemplatesReplaceTheThemeFileByFileAndAddNewOnes() throws {
        let output = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(output) }
        try TestSupport.build(TestSupport.fixture("overrides"), into: output)
        let card = try TestSupport.text(output, "card/index.html")
        // The page chose its own template, which reads an extra front matter key.
        #expect(card.contains(#"<p class="dish">Leek pie</p>"#))
        // The site's footer replaced the theme's; the theme's header is still there.
        #expect(card.contains("<footer><p>Our own footer for Fixture Shop</p></footer>"))
        #expect(card.contains(#"<a class="skip-link""#))
        #expect(!card.contains(#"class="site-footer""#))
        // slug: renames the address, and links to the file follow it.
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("new-name/index.html").path))
        #expect(try TestSupport.text(output, "index.html").contains(#"<a href="/new-name/">the old page</a>"#))
    }

    @Test func copiesStaticFilesAsTheyAreWithDotFolders() throws {
        let output = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(output) }
        let report = try TestSupport.build(TestSupport.fixture("static-files"), into: output)
        let source = TestSupport.fixture("static-files").appendingPathComponent("static")
        for path in [".well-known/security.txt", "files/price list.pdf"] {
            #expect(try Data(contentsOf: output.appendingPathComponent(path)) == Data(contentsOf: source.appendingPathComponent(path)))
        }
        #expect(report.staticFileCount == 2)
    }
}

import Testing

@testable import SiteGen
@testable import SiteGenCore

@Suite("Unit: slugs, aliases and output paths")
struct PageAddressTests {
    @Test(
        "slugs that are not one usable segment are refused",
        arguments: [
            "%2e%2e", "%2E%2e", "..", ".", "a/b", "a\\b", "x%2fy", "x%5Cy", "  ", "a\u{7}b",
            // Found by the adversarial re-test: a browser cannot reach these files.
            "a?b", "a#b", "a b", "%41", "%252e%252e", "%C3%A9t%C3%A9", String(repeating: "a", count: 300),
        ])
    func refusedSlugs(_ slug: String) {
        #expect(SitePlanner.slugProblem(slug) != nil)
    }

    @Test("ordinary slugs are accepted", arguments: ["new-oven", "café", "v2.0", "index.html", "a..b", "été"])
    func acceptedSlugs(_ slug: String) {
        #expect(SitePlanner.slugProblem(slug) == nil)
    }

    @Test(
        "aliases that leave the site or cannot be reached are refused",
        arguments: [
            "/../outside/", "/old/%2e%2e/%2e%2e/etc/", "/a/./b/", "/x%2F..%2Fy", "https://other.example/page/", "//cdn.example/x",
            "/a\\b/", "/page?id=3", "/page#top", "/a%5c..%5cb", "/a%00b/", "/old page/",
        ])
    func refusedAliases(_ alias: String) {
        #expect(SitePlanner.aliasProblem(alias) != nil)
    }

    @Test("ordinary aliases are accepted", arguments: ["/old-page/", "old/page.html", "/2019/05/oven/", "/", "/v1.0/notes/"])
    func acceptedAliases(_ alias: String) {
        #expect(SitePlanner.aliasProblem(alias) == nil)
    }

    @Test func aFileWhereAnotherOutputNeedsAFolderIsAnError() {
        var claims = OutputClaims()
        let at = SourceLocation(file: "x")
        claims.claim("index.html", by: "content/index.md", at: at)
        claims.claim("index.html/index.html", by: "content/home-file.md", at: at)
        claims.claim("about/index.html", by: "content/about.md", at: at)
        claims.claim("about", by: "static/about", at: at)
        claims.claim("news/index.html", by: "content/news/index.md", at: at)
        #expect(
            claims.diagnostics.map(\.message) == [
                "content/home-file.md would write index.html/index.html, which needs a folder index.html, but index.html is a file that content/index.md writes",
                "static/about would write a file about, where content/about.md needs a folder for about/index.html",
            ])
    }
}

@Suite("Unit: table width and control characters")
struct MarkdownLimitsTests {
    @Test func wideTablesAreFoundBeforeParsing() {
        let wide = "| a |\n" + String(repeating: "|-", count: 300) + "|\n"
        #expect(TableWidthLimit.check(wide) == .init(line: 2, byteColumn: 1, cells: 300))
        let longRow = "text\n\n> | a | b |\n> |---|---|\n> " + String(repeating: "| x ", count: 257) + "\n\nafter"
        #expect(TableWidthLimit.check(longRow) == .init(line: 5, byteColumn: 3, cells: 257))
        let header = String(repeating: "a|", count: 400) + "\n|-|-|\n"
        #expect(TableWidthLimit.check(header)?.line == 1)
        // 256 columns are fine; pipes away from any table, escaped pipes and a row after a blank line do not count.
        #expect(TableWidthLimit.check(String(repeating: "| a ", count: 256) + "|\n" + String(repeating: "|---", count: 256) + "|\n") == nil)
        #expect(TableWidthLimit.check(String(repeating: "a | ", count: 1000)) == nil)
        #expect(TableWidthLimit.check("| a |\n|---|\n| " + String(repeating: "x \\| ", count: 500) + "|") == nil)
        #expect(TableWidthLimit.check("| a |\n|---|\n\n" + String(repeating: "| x ", count: 500)) == nil)
    }

    @Test func controlCharactersAreRemovedWithTheirPlace() {
        let (text, removals) = ControlCharacters.strip("ok\tline\r\nab\u{0}c\u{8}\nfine\n\u{1B}x")
        #expect(text == "ok\tline\r\nabc\nfine\nx")
        #expect(removals == [.init(line: 2, column: 3, scalars: ["\u{0}", "\u{8}"]), .init(line: 4, column: 1, scalars: ["\u{1B}"])])
        #expect(ControlCharacters.strip("plain\ttext\n").removals.isEmpty)
    }
}

import Testing

@testable import SiteGenCore

@Suite("Unit: SourceLocation")
struct SourceLocationUnitTests {
    @Test(
        "path:line:column, or as much as is known",
        arguments: [
            (SiteGenCore.SourceLocation(file: "links.yml", line: 14, column: 9), "links.yml:14:9"),
            (SiteGenCore.SourceLocation(file: "content/news/oven.md", line: 3), "content/news/oven.md:3"),
            (SiteGenCore.SourceLocation(file: "site.yml"), "site.yml"),
            (SiteGenCore.SourceLocation(file: "site.yml", line: 0, column: 7), "site.yml"),
            (SiteGenCore.SourceLocation(file: "templates/page.mustache", line: 1, column: 1), "templates/page.mustache:1:1"),
            (SiteGenCore.SourceLocation(file: "--base-url"), "--base-url"),
        ])
    func description(_ location: SiteGenCore.SourceLocation, _ expected: String) {
        #expect(location.description == expected)
    }

    @Test("defaults mean the whole file")
    func defaults() {
        let location = SourceLocation(file: "site.yml")
        #expect(location.line == 0)
        #expect(location.column == 0)
    }

    @Test("ordered by file, then line, then column")
    func ordering() {
        let locations = [
            SourceLocation(file: "b.md", line: 1, column: 1),
            SourceLocation(file: "a.md", line: 10, column: 2),
            SourceLocation(file: "a.md", line: 2, column: 30),
            SourceLocation(file: "a.md", line: 2, column: 4),
            SourceLocation(file: "a.md"),
        ]
        #expect(locations.sorted().map(\.description) == ["a.md", "a.md:2:4", "a.md:2:30", "a.md:10:2", "b.md:1:1"])
        #expect(SiteGenCore.SourceLocation(file: "a.md", line: 2) < SourceLocation(file: "a.md", line: 2, column: 1))
        #expect(!(SiteGenCore.SourceLocation(file: "a.md", line: 2, column: 1) < SourceLocation(file: "a.md", line: 2, column: 1)))
    }

    @Test("equal when file, line and column are")
    func equality() {
        #expect(SiteGenCore.SourceLocation(file: "a.md", line: 1, column: 2) == SourceLocation(file: "a.md", line: 1, column: 2))
        #expect(SiteGenCore.SourceLocation(file: "a.md", line: 1, column: 2) != SourceLocation(file: "a.md", line: 1, column: 3))
        #expect(SiteGenCore.SourceLocation(file: "a.md", line: 1) != SourceLocation(file: "b.md", line: 1))
    }
}

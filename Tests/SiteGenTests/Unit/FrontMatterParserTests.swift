import Foundation
import Testing

@testable import SiteGen
@testable import SiteGenCore

@Suite("Unit: FrontMatterParser")
struct FrontMatterParserUnitTests {
    private let source = ContentSource(
        relativePath: "news/oven.md", url: URL(fileURLWithPath: "/site/content/news/oven.md"), displayPath: "content/news/oven.md")

    private func parse(_ text: String) throws -> FrontMatterParser.Result {
        try FrontMatterParser().parse(text, source: source)
    }

    /// The diagnostics of a parse that must fail.
    private func errors(_ text: String) throws -> [Diagnostic] {
        do {
            _ = try FrontMatterParser().parse(text, source: source)
        } catch {
            return error.diagnostics
        }
        Issue.record("expected the front matter to be refused")
        return []
    }

    private func at(_ line: Int, _ column: Int, _ message: String) -> Diagnostic {
        .error(at: SourceLocation(file: "content/news/oven.md", line: line, column: column), message)
    }

    @Test("a file without front matter is all body")
    func noFrontMatter() throws {
        for text in ["# Bonjour\n\nLe four est arrivé.\n", "", "--- not front matter\n", "\n---\ntitle: x\n---\n"] {
            let result = try parse(text)
            #expect(result.body == text)
            #expect(result.bodyLineOffset == 0)
            #expect(result.frontMatter.title == nil)
            #expect(result.frontMatter.params.isEmpty)
        }
    }

    @Test("front matter and body are split")
    func split() throws {
        let result = try parse("---\ntitle: Le nouveau four\n---\n# Titre\n\nTexte.\n")
        #expect(result.frontMatter.title == "Le nouveau four")
        #expect(result.body == "# Titre\n\nTexte.\n")
        #expect(result.bodyLineOffset == 3)
    }

    @Test("empty front matter, and `...` as the closing line")
    func emptyAndDots() throws {
        let empty = try parse("---\n---\nBody")
        #expect(empty.body == "Body")
        #expect(empty.bodyLineOffset == 2)
        #expect(empty.frontMatter.title == nil)

        let dots = try parse("---\ntitle: A\n...\nBody")
        #expect(dots.frontMatter.title == "A")
        #expect(dots.body == "Body")
        #expect(dots.bodyLineOffset == 3)
    }

    @Test("an unclosed front matter is an error at line 1", arguments: ["---", "---\n", "---\ntitle: A\n\nBody\n", "---\ntitle: A\n--- \n"])
    func unclosed(_ text: String) throws {
        #expect(try errors(text) == [at(1, 1, "the front matter opened by `---` on line 1 is never closed by a `---` line")])
    }

    @Test("every known key is read into its type")
    func everyKey() throws {
        let text = """
            ---
            title: Le nouveau four
            description: "Un four à sole, enfin"
            date: 2024-05-01T09:30:00+02:00
            updated: 2024-06-02
            draft: true
            slug: nouveau-four
            template: news
            aliases: [/old-oven.html, /news/four/]
            image: /images/four.jpg
            image_alt: Le four, porte ouverte
            weight: -3
            menu: [main, footer]
            ---
            Body
            """
        let frontMatter = try parse(text).frontMatter
        #expect(frontMatter.title == "Le nouveau four")
        #expect(frontMatter.description == "Un four à sole, enfin")
        #expect(frontMatter.date == ContentDate(year: 2024, month: 5, day: 1, secondsOfDay: 9 * 3600 + 30 * 60, utcOffsetMinutes: 120))
        #expect(frontMatter.updated == ContentDate(year: 2024, month: 6, day: 2))
        #expect(frontMatter.draft)
        #expect(frontMatter.slug == "nouveau-four")
        #expect(frontMatter.template == "news")
        #expect(frontMatter.aliases == ["/old-oven.html", "/news/four/"])
        #expect(frontMatter.image == "/images/four.jpg")
        #expect(frontMatter.imageAlt == "Le four, porte ouverte")
        #expect(frontMatter.weight == -3)
        #expect(frontMatter.menus == ["main", "footer"])
        #expect(frontMatter.params.isEmpty)
        // Where each key was written, for errors found later.
        #expect(frontMatter.keyLocations["template"] == SourceLocation(file: "content/news/oven.md", line: 8, column: 11))
        #expect(frontMatter.keyLocations.count == 12)
    }

    @Test("defaults when keys are absent; a single alias or menu is a list of one")
    func defaultsAndSingles() throws {
        let plain = try parse("---\ntitle: A\n---\n").frontMatter
        #expect(plain.draft == false)
        #expect(plain.aliases.isEmpty)
        #expect(plain.menus.isEmpty)
        #expect(plain.weight == nil)
        #expect(plain.date == nil)

        let singles = try parse("---\naliases: /old.html\nmenu: footer\ndraft: false\ndescription:\n---\n").frontMatter
        #expect(singles.aliases == ["/old.html"])
        #expect(singles.menus == ["footer"])
        #expect(singles.draft == false)
        #expect(singles.description == nil)
    }

    /// Found by fuzzing (`Fuzz/run`): Yams reads `555:5555555555555555` as a
    /// YAML 1.1 base-60 integer and multiplies its parts without an overflow
    /// check, which stopped the whole build.
    @Test("base-60 numbers read as text, and never stop the build")
    func sexagesimalNumbers() throws {
        let text = "---\ntitle: A\nbig: 555:5555555555555555:555555555555:5555554\nduration: 1:30\n---\n"
        let params = try parse(text).frontMatter.params
        #expect(params["big"] == .string("555:5555555555555555:555555555555:5555554"))
        #expect(params["duration"] == .string("1:30"))
        #expect(try errors("---\nweight: 99999999:99999999999:9999999999\n---\n").count == 1)
    }

    @Test("unknown keys land in params with their plain types")
    func params() throws {
        let text = """
            ---
            title: A
            menu_title: Accueil
            count: 3
            price: 2.5
            featured: true
            code: "007"
            tags: [pain, four]
            owner: {name: Martin, since: 1998}
            nothing:
            ---
            """
        let params = try parse(text).frontMatter.params
        #expect(params["menu_title"] == .string("Accueil"))
        #expect(params["count"] == .int(3))
        #expect(params["price"] == .double(2.5))
        #expect(params["featured"] == .bool(true))
        #expect(params["code"] == .string("007"))
        #expect(params["tags"] == .list([.string("pain"), .string("four")]))
        #expect(params["owner"] == .dictionary(["name": .string("Martin"), "since": .int(1998)]))
        #expect(params["nothing"] == nil)
        #expect(params["title"] == nil)
        #expect(Set(params.keys) == ["menu_title", "count", "price", "featured", "code", "tags", "owner"])
    }

    @Test("a bad date is an error at its line and column in the file")
    func badDate() throws {
        let message = "date: \"tomorrow\" is not a date (expected YYYY-MM-DD, optionally with a time: 2024-05-01T09:30:00+02:00)"
        #expect(try errors("---\ntitle: A\ndate: tomorrow\n---\nBody") == [at(3, 7, message)])
        #expect(try errors("---\ntitle: A\n\n# a comment\ndate:    tomorrow\n---\n") == [at(5, 10, message)])
        #expect(try errors("---\nupdated: 2024-02-30\n---\n").first?.message.hasPrefix("updated: \"2024-02-30\" is not a date") == true)
    }

    @Test("CRLF line ends and a byte order mark do not shift line numbers")
    func crlfAndBOM() throws {
        let text = "\u{FEFF}---\r\ntitle: A\r\ndate: tomorrow\r\n---\r\nBody\r\n"
        let diagnostics = try errors(text)
        #expect(diagnostics.map(\.location) == [SourceLocation(file: "content/news/oven.md", line: 3, column: 7)])

        let result = try parse("\u{FEFF}---\r\ntitle: A\r\n---\r\nLine one\r\nLine two\r\n")
        #expect(result.frontMatter.title == "A")
        #expect(result.body == "Line one\nLine two\n")
        #expect(result.bodyLineOffset == 3)

        let oldMac = try parse("---\rtitle: B\r---\rBody")
        #expect(oldMac.frontMatter.title == "B")
        #expect(oldMac.body == "Body")
    }

    @Test("normalised drops the BOM and turns line ends into \\n")
    func normalised() {
        #expect(FrontMatterParser.normalised("\u{FEFF}a\r\nb\rc\n") == "a\nb\nc\n")
        #expect(FrontMatterParser.normalised("a\r\n\r\nb") == "a\n\nb")
        #expect(FrontMatterParser.normalised("plain\n") == "plain\n")
        #expect(FrontMatterParser.normalised("x\u{FEFF}") == "x\u{FEFF}")
    }

    @Test(
        "values of the wrong type are errors at the value",
        arguments: [
            ("draft: maybe", 2, 8, "draft: \"maybe\" is not true or false"),
            ("draft: [true]", 2, 8, "draft: a list is not true or false"),
            ("weight: heavy", 2, 9, "weight: \"heavy\" is not a whole number"),
            ("weight: 1.5", 2, 9, "weight: \"1.5\" is not a whole number"),
            ("aliases: {old: /x}", 2, 10, "aliases: expected text or a list of text, found a mapping"),
            ("title: [a, b]", 2, 8, "title: expected text, found a list"),
            ("menu: {main: true}", 2, 7, "menu: expected text or a list of text, found a mapping"),
        ])
    func wrongTypes(_ line: String, row: Int, column: Int, message: String) throws {
        #expect(try errors("---\n\(line)\n---\n") == [at(row, column, message)])
    }

    @Test("an alias that is not text is an error at the item")
    func aliasItem() throws {
        #expect(try errors("---\naliases:\n  - /ok.html\n  - [nested]\n---\n") == [at(4, 5, "aliases: every item must be text")])
    }

    @Test("several errors are reported at once, in file order")
    func severalErrors() throws {
        let text = "---\nweight: heavy\ndraft: maybe\ndate: tomorrow\nmenu: header\nslug: a/b\n---\n"
        let diagnostics = try errors(text)
        #expect(diagnostics.map(\.location.line) == [2, 3, 4, 5, 6])
        #expect(diagnostics.map { $0.message.prefix(while: { $0 != ":" }) } == ["weight", "draft", "date", "menu", "slug"])
    }

    @Test("an image needs a description")
    func imageAlt() throws {
        let message = "image: an image needs `image_alt:`, a short description for people who cannot see it"
        #expect(try errors("---\ntitle: A\nimage: /four.jpg\n---\n") == [at(3, 8, message)])
        #expect(try errors("---\nimage: /four.jpg\nimage_alt: \"  \"\n---\n") == [at(2, 8, message)])
        #expect(try parse("---\nimage: /four.jpg\nimage_alt: Le four\n---\n").frontMatter.imageAlt == "Le four")
    }

    @Test(
        "unsafe aliases are refused",
        arguments: [
            "../x", "https://x", "//x", "x.html", "/a/../b", "/./a", "/a?b=1", "/a#b", "/a\\\\b", "",
        ])
    func unsafeAlias(_ alias: String) throws {
        let diagnostics = try errors("---\naliases: [/fine.html, \"\(alias)\"]\n---\n")
        let expectedAlias = alias.replacingOccurrences(of: "\\\\", with: "\\")
        #expect(diagnostics == [at(2, 10, "aliases[1]: \"\(expectedAlias)\" must be a path on this site starting with `/`, such as /old-page.html")])
    }

    @Test("safe aliases", arguments: ["/", "/old.html", "/a/b/", "/news/2019/four", "/café.html", "/a..b/"])
    func safeAlias(_ alias: String) {
        #expect(FrontMatterParser.isSafeAlias(alias))
    }

    @Test("a menu must be main or footer")
    func badMenu() throws {
        #expect(try errors("---\nmenu: header\n---\n") == [at(2, 7, "menu: \"header\" is not a menu; use main (the header) or footer")])
        #expect(try errors("---\nmenu: [main, Main]\n---\n") == [at(2, 7, "menu: \"Main\" is not a menu; use main (the header) or footer")])
    }

    @Test("a slug must be one URL segment", arguments: ["a/b", ".hidden", "", "/lead"])
    func badSlug(_ slug: String) throws {
        #expect(
            try errors("---\nslug: \"\(slug)\"\n---\n") == [at(2, 7, "slug: \"\(slug)\" must be one URL segment, without `/`, such as \"new-oven\"")])
    }

    @Test("YAML syntax errors are placed in the file, not in the YAML")
    func syntaxError() throws {
        let diagnostics = try errors("---\ntitle: A\ntags: [pain, four\n---\n")
        let first = try #require(diagnostics.first)
        #expect(first.message.hasPrefix("YAML syntax:"))
        #expect(first.location.file == "content/news/oven.md")
        #expect(first.location.line >= 3)
    }

    @Test("a key given twice is an error")
    func duplicateKey() throws {
        let diagnostics = try errors("---\ntitle: A\ntitle: B\n---\n")
        #expect(diagnostics.map(\.message) == ["YAML: the key \"title\" appears more than once"])
        #expect([2, 3].contains(diagnostics.first?.location.line ?? 0))
    }

    @Test("front matter that is not a mapping is an error")
    func notAMapping() throws {
        #expect(try errors("---\n- a\n- b\n---\n") == [at(2, 1, "the file must be a mapping of `key: value` lines")])
    }

    // MARK: Issue 9

    @Test(
        "a page's image: is checked as site.yml's is: no javascript:, data: or another host's path",
        arguments: [
            ("javascript:alert(1)", "must be a path from the site root"),
            ("JavaScript:alert(1)", "must be a path from the site root"),
            ("data:image/svg+xml,<svg onload=alert(1)>", "must be a path from the site root"),
            ("//evil.example/x.png", "names another site"),
            ("/\\\\evil.example/x.png", "names another site"),
            ("https://img.example:99999/x.png", "has the port 99999"),
            ("oven.jpg", "must be a path from the site root, such as /images/oven.jpg"),
        ])
    func unsafeImages(_ example: (image: String, message: String)) throws {
        let found = try errors("---\ntitle: T\nimage: \"\(example.image)\"\nimage_alt: An oven\n---\nBody\n")
        #expect(found.count == 1)
        #expect(found.first?.location == SourceLocation(file: "content/news/oven.md", line: 3, column: 8))
        #expect(found.first?.message.contains(example.message) == true, "\(found)")
    }

    @Test(
        "site paths and web addresses are images",
        arguments: ["/images/oven.jpg", "https://cdn.example/oven.jpg", "http://cdn.example/a b.jpg".replacingOccurrences(of: " ", with: "%20")])
    func safeImages(_ image: String) throws {
        #expect(try parse("---\ntitle: T\nimage: \(image)\nimage_alt: An oven\n---\n").frontMatter.image == image)
    }

    @Test("a control character in the title is an error at its value")
    func controlCharacterInTitle() throws {
        let found = try errors("---\ntitle: \"New\\x01oven\"\n---\n")
        #expect(
            found.map(\.description) == [
                "content/news/oven.md:2:8: error: title: contains the control character U+0001, which would break the site's pages, feeds and contact card; remove it"
            ])
    }

    @Test("an alias bomb in front matter is an error at the alias, at once")
    func aliasBomb() throws {
        let found = try errors("---\n" + YAMLEventScanUnitTests.bomb(levels: 9) + "---\n")
        #expect(found.first?.description.hasPrefix("content/news/oven.md:6:10: error: l4[0]: the alias *l3") == true, "\(found)")
    }
}

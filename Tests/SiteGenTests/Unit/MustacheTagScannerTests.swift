import Testing

@testable import SiteGen

@Suite("Unit: MustacheTagScanner")
struct MustacheTagScannerUnitTests {
    private func tags(_ text: String) throws -> [MustacheTag] {
        try MustacheTagScanner().tags(in: text)
    }

    private func failure(_ text: String) -> MustacheTagScanner.Failure? {
        do {
            _ = try MustacheTagScanner().tags(in: text)
            return nil
        } catch {
            return error
        }
    }

    @Test("every kind of tag, with its line and column")
    func everyKind() throws {
        let text = """
            <h1>{{title}}</h1>
            {{{content}}} {{&raw}}
            {{#pages}}{{^empty}}{{/empty}}{{/pages}}
            {{>footer}}
            {{<base}}{{$main}}{{/main}}{{/base}}
            {{! a comment }}{{%PRAGMA}}
            """
        #expect(
            try tags(text) == [
                MustacheTag(kind: .variable, name: "title", line: 1, column: 5),
                MustacheTag(kind: .unescapedVariable, name: "content", line: 2, column: 1),
                MustacheTag(kind: .unescapedVariable, name: "raw", line: 2, column: 15),
                MustacheTag(kind: .section, name: "pages", line: 3, column: 1),
                MustacheTag(kind: .invertedSection, name: "empty", line: 3, column: 11),
                MustacheTag(kind: .close, name: "empty", line: 3, column: 21),
                MustacheTag(kind: .close, name: "pages", line: 3, column: 31),
                MustacheTag(kind: .partial, name: "footer", line: 4, column: 1),
                MustacheTag(kind: .parent, name: "base", line: 5, column: 1),
                MustacheTag(kind: .block, name: "main", line: 5, column: 10),
                MustacheTag(kind: .close, name: "main", line: 5, column: 19),
                MustacheTag(kind: .close, name: "base", line: 5, column: 28),
                MustacheTag(kind: .ignored, name: "a comment", line: 6, column: 1),
                MustacheTag(kind: .ignored, name: "PRAGMA", line: 6, column: 17),
            ])
    }

    @Test("names are trimmed; transforms and dotted names are kept as written")
    func names() throws {
        let found = try tags("{{  page.title  }}{{{ page.content }}}{{& x }}{{# lowercased(title) }}{{/ lowercased(title) }}{{#first()}}")
        #expect(found.map(\.name) == ["page.title", "page.content", "x", "lowercased(title)", "lowercased(title)", "first()"])
        #expect(found.map(\.kind) == [.variable, .unescapedVariable, .unescapedVariable, .section, .close, .section])
    }

    @Test("columns count Unicode scalars, also after non-ASCII text")
    func unicodeColumns() throws {
        #expect(try tags("é {{x}}").first?.column == 3)
        #expect(try tags("Crème brûlée : {{price}}").first?.column == 16)
        #expect(try tags("日本語{{x}}").first?.column == 4)
        // A decomposed é is two scalars; 👍🏽 is two scalars (emoji and skin tone).
        #expect(try tags("e\u{301}{{x}}").first?.column == 3)
        #expect(try tags("👍🏽 {{x}}").first?.column == 4)
        let found = try tags("« Aller »\n  « {{skip}} » {{next}}")
        #expect(found.map(\.line) == [2, 2])
        #expect(found.map(\.column) == [5, 16])
    }

    @Test("lines inside multi-line tags are counted")
    func multiLineTags() throws {
        let found = try tags("{{! a comment\nover two lines }}\n\n  {{name}}\n{{{\nraw\n}}} {{after}}")
        #expect(found.map(\.kind) == [.ignored, .variable, .unescapedVariable, .variable])
        #expect(found.map(\.line) == [1, 4, 5, 7])
        #expect(found.map(\.column) == [1, 3, 1, 5])
        #expect(found[2].name == "raw")
    }

    @Test("a delimiter change is followed")
    func delimiterChange() throws {
        let found = try tags("{{=<% %>=}}\n<%name%> {{not_a_tag}} <%#list%><%/list%>\n<%={{ }}=%>{{back}}")
        #expect(
            found == [
                MustacheTag(kind: .ignored, name: "<% %>", line: 1, column: 1),
                MustacheTag(kind: .variable, name: "name", line: 2, column: 1),
                MustacheTag(kind: .section, name: "list", line: 2, column: 24),
                MustacheTag(kind: .close, name: "list", line: 2, column: 33),
                MustacheTag(kind: .ignored, name: "{{ }}", line: 3, column: 1),
                MustacheTag(kind: .variable, name: "back", line: 3, column: 12),
            ])
    }

    @Test("with other delimiters, a brace is part of the name, not a triple mustache")
    func tripleOnlyWithBraces() throws {
        let found = try tags("{{=[[ ]]=}}[[&raw]][[{x}]]")
        #expect(found.dropFirst().map(\.kind) == [.unescapedVariable, .variable])
        #expect(found.dropFirst().map(\.name) == ["raw", "{x}"])
    }

    @Test("text without tags, and stray closing braces")
    func noTags() throws {
        #expect(try tags("").isEmpty)
        #expect(try tags("plain text } }} { here").isEmpty)
        #expect(try tags("a { b {x} c").isEmpty)
    }

    @Test(
        "an unclosed tag is an error at its position",
        arguments: [
            ("{{name", 1, 1, "}}"),
            ("line one\n  é {{name}\nmore", 2, 5, "}}"),
            ("{{{content}}", 1, 1, "}}}"),
            ("ok {{x}}\n{{=<% %>=}}\n <%name%", 3, 2, "%>"),
            ("{{=<% %>}}", 1, 1, "=}}"),
            ("{{", 1, 1, "}}"),
        ])
    func unclosed(_ text: String, line: Int, column: Int, closing: String) throws {
        let error = try #require(failure(text))
        #expect(error.line == line)
        #expect(error.column == column)
        #expect(error.message.contains("never closed"))
        #expect(error.message.hasSuffix(closing))
    }

    @Test(
        "a tag without a name is an error",
        arguments: [
            ("{{}}", 1, 1), ("a\nb {{ }}", 2, 3), ("{{#}}", 1, 1), ("{{{ }}}", 1, 1), ("x {{/ }}", 1, 3), ("{{>}}", 1, 1),
        ])
    func emptyTag(_ text: String, line: Int, column: Int) throws {
        let error = try #require(failure(text))
        #expect(error.message == "this tag has no name")
        #expect(error.line == line)
        #expect(error.column == column)
    }

    @Test("empty comments are fine")
    func emptyComment() throws {
        #expect(try tags("{{!}}") == [MustacheTag(kind: .ignored, name: "", line: 1, column: 1)])
    }

    @Test("a malformed delimiter change is an error", arguments: ["{{=<%=}}", "{{=<% %> x=}}", "\n {{= =}}"])
    func badDelimiters(_ text: String) throws {
        let error = try #require(failure(text))
        #expect(error.message.contains("delimiter"))
        #expect(error.line == (text.hasPrefix("\n") ? 2 : 1))
    }
}

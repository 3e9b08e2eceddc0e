import Foundation
import Testing

@testable import SiteGen
@testable import SiteGenCore

/// `## Wat we doen {#diensten}` (issue 14): the id Hugo, kramdown and
/// Pandoc read from `{#…}` at the end of a heading.
@Suite("Unit: heading ids written by the owner")
struct HeadingIDUnitTests {
    private func render(_ markdown: String) -> MarkdownRenderer.Output {
        MarkdownRenderer().render(
            markdown, resolveLink: { .success(ResolvedLink(address: $0.destination)) },
            location: { SourceLocation(file: "page.md", line: $0, column: $1) })
    }

    @Test("the id is the one written, and the braces leave the text")
    func explicitID() {
        let output = render("## Wat we doen {#diensten}\n\nText.\n")
        #expect(output.html.hasPrefix("<h2 id=\"diensten\">Wat we doen</h2>\n"))
        #expect(output.inventory.headings.map(\.text) == ["Wat we doen"])
        #expect(output.diagnostics.isEmpty)
    }

    @Test("Dutch text, emphasis, setext headings, closing hashes and ids with _ : .")
    func variants() {
        let output = render(
            """
            ## Openingstijden & *prijzen* {#open_tijden}

            Wie zijn wij?{#wie:wij.nl}
            ---

            ### Ons team {#team-2024} ###
            """)
        #expect(
            output.html == """
                <h2 id="open_tijden">Openingstijden &amp; <em>prijzen</em></h2>
                <h2 id="wie:wij.nl">Wie zijn wij?</h2>
                <h3 id="team-2024">Ons team</h3>

                """)
        #expect(output.inventory.headings.map(\.text) == ["Openingstijden & prijzen", "Wie zijn wij?", "Ons team"])
        #expect(output.diagnostics.isEmpty)
    }

    @Test("a {#…} in a code span, a link or escaped is text")
    func notAnID() {
        let output = render(
            """
            ## The `{#x}` syntax

            ## Syntax `{#y}`

            ## Escaped \\{#z}

            ## Escaped &#123;#w}

            ## Set {a, b}
            """)
        #expect(
            output.html == """
                <h2 id="the-x-syntax">The <code>{#x}</code> syntax</h2>
                <h2 id="syntax-y">Syntax <code>{#y}</code></h2>
                <h2 id="escaped-z">Escaped {#z}</h2>
                <h2 id="escaped-w">Escaped {#w}</h2>
                <h2 id="set-a-b">Set {a, b}</h2>

                """)
        #expect(output.diagnostics.isEmpty)
    }

    @Test("an empty id, a space, a class or a character ids cannot have is an error at the heading")
    func invalid() {
        let output = render("Intro\n\n## Price {#}\n\n  ## a {#b c}\n\n## Menu {#menu .wide}\n\n## Prijs {#prijs!}\n")
        #expect(
            output.diagnostics.map(\.description) == [
                "page.md:3:1: error: the heading ends with \"{#}\", an empty id: write the id after \"#\", as in {#opening-hours}, or remove the braces",
                "page.md:5:3: error: the heading's id {#b c} has a space, which an id cannot have: write {#b-c}",
                "page.md:7:1: error: the heading's id {#menu .wide} has more than an id: classes and attributes are not supported, only {#id}; write {#menu}",
                "page.md:9:1: error: the heading's id {#prijs!} has \"!\", which an id cannot have: use letters, digits, \"-\", \"_\", \":\" and \".\"",
            ])
    }

    @Test("two headings with one id: an error at the second, with a note at the first")
    func explicitTwice() throws {
        let output = render("## Diensten {#diensten}\n\nText.\n\n## Wat we doen {#diensten}\n")
        let diagnostic = try #require(output.diagnostics.first)
        #expect(output.diagnostics.count == 1)
        #expect(
            diagnostic.description == """
                page.md:5:1: error: the heading's id {#diensten} is already the id of another heading of this page: ids must differ
                page.md:1:1: note: the heading with the id "diensten" is here
                """)
    }

    @Test("an id another heading gets from its text: an error at the id, with a note at that heading")
    func explicitAndAutomatic() throws {
        let output = render("## Diensten\n\n## Diensten\n\n## Wat we doen {#diensten}\n")
        #expect(
            output.diagnostics.map(\.description) == [
                """
                page.md:5:1: error: the heading's id {#diensten} is already the id the heading "Diensten" gets from its text: choose another id, or give that heading one of its own
                page.md:1:1: note: the heading "Diensten" is here
                """
            ])
    }

    @Test("automatic ids go around the ids written, even those written later")
    func automaticAvoidsExplicit() {
        let output = render("## Intro\n\n## Intro\n\n## Intro\n\n## Other {#intro-1}\n")
        #expect(output.diagnostics.isEmpty)
        #expect(
            output.html == """
                <h2 id="intro">Intro</h2>
                <h2 id="intro-2">Intro</h2>
                <h2 id="intro-3">Intro</h2>
                <h2 id="intro-1">Other</h2>

                """)
    }

    @Test("finding {#…} at the end of a heading's text")
    func trailingID() {
        #expect(HeadingAnchors.trailingID(in: "Wat we doen {#diensten}")?.id == "diensten")
        #expect(HeadingAnchors.trailingID(in: "Wat we doen {#diensten}")?.braceOffset == 12)
        #expect(HeadingAnchors.trailingID(in: "Café{#café}  ")?.id == "café")
        #expect(HeadingAnchors.trailingID(in: "Price {#}")?.id == "")
        #expect(HeadingAnchors.trailingID(in: "Set {a}") == nil)
        #expect(HeadingAnchors.trailingID(in: "Set {}") == nil)
        #expect(HeadingAnchors.trailingID(in: "{#x} later") == nil)
        #expect(HeadingAnchors.problem(with: "café:menu_2.v-1") == nil)
    }

    @Test("a link to the id written is accepted; to the id the text would give, refused")
    func fragmentLinks() throws {
        let site = URL(fileURLWithPath: "/memory/site")
        let files = try FileSystem.inMemory([
            "/memory/site/site.yml": "name: Shop\nurl: https://www.shop.example/\nlanguage: nl\n",
            "/memory/site/content/index.md": "---\ntitle: Home\n---\n[Diensten](about.md#diensten) en [oud](about.md#wat-we-doen-diensten).\n",
            "/memory/site/content/about.md": "---\ntitle: Over ons\n---\n## Wat we doen {#diensten}\n\n[Terug](#diensten), [weg](#wat-we-doen).\n",
        ])
        let error = #expect(throws: DiagnosticsError.self) { try InMemoryBuild.build(site, in: files) }
        let messages = error?.diagnostics.filter { $0.severity == .error }.map(\.description) ?? []
        #expect(
            messages == [
                "content/about.md:6:21: error: the link \"#wat-we-doen\" points to a part of /about/ that does not exist: no heading or element of that page has the id \"wat-we-doen\"",
                "content/index.md:4:34: error: the link \"about.md#wat-we-doen-diensten\" points to a part of /about/ that does not exist: no heading or element of that page has the id \"wat-we-doen-diensten\"",
            ])
    }
}

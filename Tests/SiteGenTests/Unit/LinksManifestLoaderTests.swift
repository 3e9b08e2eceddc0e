import Testing

@testable import SiteGenCore
@testable import SiteGenManifest

@Suite("Unit: LinksManifestLoader")
struct LinksManifestLoaderUnitTests {
    private func load(_ text: String) throws -> LinksManifest {
        try LinksManifestLoader().load(YAMLSource(file: "links.yml", text: text))
    }

    /// The diagnostics of a load that must fail.
    private func errors(_ text: String) -> [Diagnostic] {
        do {
            _ = try LinksManifestLoader().load(YAMLSource(file: "links.yml", text: text))
        } catch {
            return error.diagnostics
        }
        Issue.record("expected links.yml to be refused")
        return []
    }

    private func at(_ line: Int, _ column: Int, _ message: String) -> Diagnostic {
        .error(at: SourceLocation(file: "links.yml", line: line, column: column), message)
    }

    private let pressEntry = """
        press:
          - url: https://www.ouest-france.fr/article
            title: "Le meilleur croissant du quartier"
            outlet: Ouest-France
            date: 2024-03-12

        """

    @Test("an empty manifest has no links", arguments: ["", "# nothing yet\n", "profiles:\npress:\n", "profiles: []\npress: []\n"])
    func empty(_ text: String) throws {
        let manifest = try load(text)
        #expect(manifest.profiles.isEmpty)
        #expect(manifest.press.isEmpty)
    }

    @Test("profiles, with their labels and positions")
    func profiles() throws {
        let manifest = try load(
            """
            profiles:
              - url: https://mastodon.social/@boulangerie_martin   # a comment
              - url: https://www.instagram.com/boulangerie.martin/
                label: Instagram
            """)
        #expect(
            manifest.profiles == [
                Profile(
                    url: "https://mastodon.social/@boulangerie_martin", label: nil, location: SourceLocation(file: "links.yml", line: 2, column: 5)),
                Profile(
                    url: "https://www.instagram.com/boulangerie.martin/", label: "Instagram",
                    location: SourceLocation(file: "links.yml", line: 3, column: 5)),
            ])
    }

    @Test("a complete press mention")
    func pressMention() throws {
        let manifest = try load(
            """
            press:
              - url: https://www.ouest-france.fr/article
                title: "Le meilleur croissant du quartier"
                outlet: Ouest-France
                date: 2024-03-12
                quote: "A short excerpt"
                lang: fr
                archive: https://web.archive.org/web/20240312000000/https://www.ouest-france.fr/article
                status: dead
            """)
        let mention = try #require(manifest.press.first)
        #expect(manifest.press.count == 1)
        #expect(mention.url == "https://www.ouest-france.fr/article")
        #expect(mention.title == "Le meilleur croissant du quartier")
        #expect(mention.outlet == "Ouest-France")
        #expect(mention.date == ContentDate(year: 2024, month: 3, day: 12))
        #expect(mention.quote == "A short excerpt")
        #expect(mention.language == "fr")
        #expect(mention.archive == "https://web.archive.org/web/20240312000000/https://www.ouest-france.fr/article")
        #expect(mention.status == .dead)
        #expect(mention.location == SourceLocation(file: "links.yml", line: 2, column: 5))
    }

    @Test("a mention is live unless told otherwise")
    func liveByDefault() throws {
        let mention = try #require(try load(pressEntry).press.first)
        #expect(mention.status == .live)
        #expect(mention.archive == nil)
        #expect(mention.quote == nil)
        #expect(try load(pressEntry + "    status: live\n").press.first?.status == .live)
    }

    @Test(
        "only web addresses are accepted, with the error at the value",
        arguments: [
            "javascript:alert(1)", "mailto:a@example.fr", "ftp://example.fr/", "www.instagram.com/x", "/relative", "https://", "data:text/html,x",
        ])
    func profileURL(_ url: String) {
        #expect(
            errors("profiles:\n  - label: X\n    url: \"\(url)\"\n")
                == [at(3, 10, "profiles[0].url: \"\(url)\" is not an absolute https: or http: address")])
    }

    @Test("a javascript: address in a later entry is placed exactly")
    func javascriptPosition() {
        let text = "profiles:\n  - url: https://ok.example/\n  -   url:   javascript:alert(document.cookie)\n"
        #expect(errors(text) == [at(3, 14, "profiles[1].url: \"javascript:alert(document.cookie)\" is not an absolute https: or http: address")])
        #expect(
            errors(pressEntry + "    archive: javascript:alert(1)\n")
                == [at(6, 14, "press[0].archive: \"javascript:alert(1)\" is not an absolute https: or http: address")])
    }

    @Test("a profile needs a url")
    func profileWithoutURL() {
        #expect(errors("profiles:\n  - label: Instagram\n") == [at(2, 5, "profiles[0].url is required")])
        #expect(errors("profiles:\n  - url: \"\"\n") == [at(2, 10, "profiles[0].url: must not be empty")])
    }

    @Test("a press mention needs a title, an outlet and a date")
    func pressRequired() {
        #expect(
            errors("press:\n  - url: https://example.fr/a\n") == [
                at(2, 5, "press[0].title is required"),
                at(2, 5, "press[0].outlet is required"),
                at(2, 5, "press[0].date is required"),
            ])
        #expect(errors("press:\n  - title: T\n    outlet: O\n    date: 2024-01-01\n") == [at(2, 5, "press[0].url is required")])
    }

    @Test("a press date must be a date")
    func pressDate() {
        let text = pressEntry.replacingOccurrences(of: "2024-03-12", with: "2024-13-01")
        #expect(
            errors(text) == [
                at(5, 11, "press[0].date: \"2024-13-01\" is not a date (expected YYYY-MM-DD, optionally with a time: 2024-05-01T09:30:00+02:00)")
            ])
    }

    @Test("status is live or dead, and a dead link needs its archived copy")
    func status() {
        #expect(
            errors(pressEntry + "    status: dead\n") == [at(6, 13, "press[0].status: a dead link needs `archive:`, the address of an archived copy")]
        )
        #expect(errors(pressEntry + "    status: gone\n") == [at(6, 13, "press[0].status: \"gone\" is not `live` or `dead`")])
        #expect(errors(pressEntry + "    status: Dead\n").map(\.message) == ["press[0].status: \"Dead\" is not `live` or `dead`"])
    }

    @Test("unknown keys are errors, with suggestions")
    func unknownKeys() {
        #expect(errors("profile:\n  - url: https://x.example/\n") == [at(1, 1, "profile: unknown key; did you mean \"profiles\"?")])
        #expect(errors(pressEntry + "    titel: x\n") == [at(6, 5, "press[0].titel: unknown key; did you mean \"title\"?")])
        #expect(
            errors("profiles:\n  - url: https://x.example/\n    lable: X\n") == [at(3, 5, "profiles[0].lable: unknown key; did you mean \"label\"?")])
    }

    @Test("lists and entries of the wrong shape")
    func shapes() {
        #expect(errors("profiles: https://x.example/\n") == [at(1, 11, "profiles: expected a list (lines starting with `- `), found text")])
        let entry = errors("profiles:\n  - https://x.example/\n")
        #expect(entry.first == at(2, 5, "profiles[0] must be a mapping of `key: value` lines"))
        #expect(errors("- a\n").first == at(1, 1, "the file must be a mapping of `key: value` lines"))
    }

    @Test("a YAML error is reported at its position")
    func yamlErrors() {
        let duplicate = errors("profiles: []\nprofiles: []\n")
        #expect(duplicate.map(\.message) == ["YAML: the key \"profiles\" appears more than once"])
        let syntax = errors("press:\n  - url: https://x.example/\n    title: \"open\n")
        #expect(syntax.count == 1)
        #expect(syntax.first?.message.hasPrefix("YAML syntax: ") == true)
        #expect((syntax.first?.location.line ?? 0) >= 3)
    }

    @Test("errors of several entries are all reported, in order")
    func manyEntries() {
        let text = """
            profiles:
              - url: javascript:x
              - url: https://ok.example/
              - url: ftp://x.example/
            press:
              - url: https://x.example/a
                title: T
                outlet: O
                date: yesterday
            """
        #expect(errors(text).map(\.location.line) == [2, 4, 9])
    }

    /// A wrong `quote:` is only read once the rest of the entry is valid, so
    /// it is not reported together with the other problems of the entry.
    @Test("a wrong quote is reported with the other problems of its entry")
    func quoteWithOtherErrors() {
        let diagnostics = errors("press:\n  - url: https://x.example/a\n    outlet: O\n    date: 2024-01-01\n    quote: [a, b]\n")
        #expect(diagnostics.contains(at(2, 5, "press[0].title is required")))
        #expect(diagnostics.contains(at(5, 12, "press[0].quote: expected text, found a list")))
    }

    @Test("a wrong label is reported with a bad url")
    func labelWithBadURL() {
        let diagnostics = errors("profiles:\n  - url: javascript:x\n    label: [a]\n")
        #expect(diagnostics.contains(at(2, 10, "profiles[0].url: \"javascript:x\" is not an absolute https: or http: address")))
        #expect(diagnostics.contains(at(3, 12, "profiles[0].label: expected text, found a list")))
    }
}

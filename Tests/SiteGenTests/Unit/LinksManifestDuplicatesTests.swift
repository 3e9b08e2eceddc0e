import Testing

@testable import SiteGenCore
@testable import SiteGenManifest

@Suite("Unit: LinksManifestLoader duplicates and languages")
struct LinksManifestDuplicatesUnitTests {
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
        .error(at: SiteGenCore.SourceLocation(file: "links.yml", line: line, column: column), message)
    }

    /// A duplicate: its error, with a note at the entry first listing the address.
    private func at(_ line: Int, _ column: Int, _ message: String, firstListed first: (line: Int, column: Int, what: String)) -> Diagnostic {
        let note = Diagnostic.Note(
            at: SiteGenCore.SourceLocation(file: "links.yml", line: first.line, column: first.column), "first listed here, as \(first.what)")
        return .error(at: SiteGenCore.SourceLocation(file: "links.yml", line: line, column: column), message, notes: [note])
    }

    @Test(
        "the same profile twice, written differently: one error at the second, naming the first, with a note at it",
        arguments: [
            "https://instagram.com/boulangerie.martin",
            "https://www.instagram.com/boulangerie.martin/",
            "https://WWW.Instagram.COM/boulangerie.martin",
            "HTTPS://instagram.com/boulangerie.martin///",
            "https://instagram.com/boulangerie.martin#posts",
            // Issue 14: http:, another case and the share button's parameter.
            "http://instagram.com/Boulangerie.Martin?igsh=abc123",
            "https://m.instagram.com/boulangerie.martin/?utm_source=ig_web_copy_link",
        ])
    func duplicateProfile(_ second: String) {
        let text = """
            profiles:
              - url: https://mastodon.social/@martin
              - url: https://www.instagram.com/boulangerie.martin/
                label: Instagram
              - url: \(second)
            """
        #expect(errors(text) == [at(5, 5, "profiles[2].url: \(second) is already listed as profiles[1]", firstListed: (3, 5, "profiles[1]"))])
    }

    @Test("three times the same profile: an error at the second and at the third, both naming the first")
    func triple() {
        let text = """
            profiles:
              - url: https://example.social/@a
              - url: https://example.social/@a/
              - url: https://www.example.social/@a
            """
        #expect(
            errors(text) == [
                at(3, 5, "profiles[1].url: https://example.social/@a/ is already listed as profiles[0]", firstListed: (2, 5, "profiles[0]")),
                at(4, 5, "profiles[2].url: https://www.example.social/@a is already listed as profiles[0]", firstListed: (2, 5, "profiles[0]")),
            ])
    }

    @Test("different pages on one host are not duplicates")
    func notDuplicates() throws {
        let manifest = try load(
            """
            profiles:
              - url: https://www.facebook.com/BoulangerieMartin
              - url: https://www.facebook.com/boulangeriemartin.events
              - url: https://facebook.com/BoulangerieMartin?tab=reviews
            """)
        #expect(manifest.profiles.count == 3)
    }

    @Test("a press mention at the address of a profile is an error")
    func pressEqualsProfile() {
        let text = """
            profiles:
              - url: https://www.youtube.com/@boulangeriemartin
            press:
              - url: https://youtube.com/@boulangeriemartin/
                title: Notre chaîne
                outlet: YouTube
                date: 2024-03-12
            """
        #expect(
            errors(text) == [
                at(4, 5, "press[0].url: https://youtube.com/@boulangeriemartin/ is already listed as profiles[0]", firstListed: (2, 5, "profiles[0]"))
            ])
    }

    @Test("the same article twice in press is an error at the second")
    func duplicatePress() {
        let text = """
            press:
              - url: https://www.ouest-france.fr/article
                title: Le meilleur croissant
                outlet: Ouest-France
                date: 2024-03-12
              - url: https://ouest-france.fr/article/
                title: Encore
                outlet: Ouest-France
                date: 2024-03-13
            """
        #expect(
            errors(text) == [
                at(6, 5, "press[1].url: https://ouest-france.fr/article/ is already listed as press[0]", firstListed: (2, 5, "press[0]"))
            ])
    }

    @Test("a bad lang: is an error at its line and column", arguments: ["french", "fr_FR", "f", "en-", "12"])
    func badLanguage(_ language: String) {
        let text = """
            press:
              - url: https://www.ouest-france.fr/article
                title: Le meilleur croissant
                outlet: Ouest-France
                date: 2024-03-12
                lang: \(language)
            """
        #expect(errors(text) == [at(6, 11, "press[0].lang: \"\(language)\" is not a language code such as fr, en or en-GB")])
    }

    @Test("a good lang: is kept", arguments: ["fr", "en-GB", "pt-BR", "zh-Hant"])
    func goodLanguage(_ language: String) throws {
        let manifest = try load(
            """
            press:
              - url: https://www.ouest-france.fr/article
                title: Le meilleur croissant
                outlet: Ouest-France
                date: 2024-03-12
                lang: \(language)
            """)
        #expect(manifest.press.first?.language == language)
    }

    @Test("a duplicate and a bad lang are reported together, in file order")
    func together() {
        let text = """
            profiles:
              - url: https://example.social/@a
              - url: https://example.social/@a/
            press:
              - url: https://www.ouest-france.fr/article
                title: Le meilleur croissant
                outlet: Ouest-France
                date: 2024-03-12
                lang: français
            """
        #expect(
            errors(text) == [
                at(3, 5, "profiles[1].url: https://example.social/@a/ is already listed as profiles[0]", firstListed: (2, 5, "profiles[0]")),
                at(9, 11, "press[0].lang: \"français\" is not a language code such as fr, en or en-GB"),
            ])
    }

    @Test("a Mastodon handle is the same whatever its case (issue 9)")
    func handlesWithoutCase() {
        let text = """
            profiles:
              - url: https://mastodon.social/@x
              - url: HTTPS://MASTODON.SOCIAL/@X
            """
        #expect(
            errors(text) == [
                at(3, 5, "profiles[1].url: HTTPS://MASTODON.SOCIAL/@X is already listed as profiles[0]", firstListed: (2, 5, "profiles[0]"))
            ])
    }

    @Test("a CR/LF in a profile address is refused at the value, before it can reach contact.vcf (issue 9)")
    func lineBreakInAnAddress() {
        let found = errors("profiles:\n  - url: \"https://social.example/@shop\\r\\nTEL:+33100000000\"\n")
        #expect(found.map(\.location.line) == [2])
        #expect(found.first?.message.contains("U+000D") == true)
    }

    @Test("port 99999 and a 300-character host label are refused with a plain message (issue 9)")
    func impossibleAddresses() {
        let label = String(repeating: "a", count: 300)
        let found = errors("profiles:\n  - url: https://social.example:99999/@a\n  - url: https://\(label).example/@b\n")
        #expect(
            found.map(\.description) == [
                "links.yml:2:10: error: profiles[0].url: \"https://social.example:99999/@a\" has the port 99999, which is not between 1 and 65535",
                "links.yml:3:10: error: profiles[1].url: \"https://\(label).example/@b\" has a part of 300 characters in its host; each part between dots holds at most 63",
            ])
    }
}

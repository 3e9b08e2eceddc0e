import Testing

@testable import SiteGen
@testable import SiteGenCore

@Suite("Unit: SiteConfigLoader")
struct SiteConfigLoaderUnitTests {
    private let minimal = "name: Boulangerie Martin\nurl: https://www.example.fr\n"

    private func load(_ text: String, baseURLOverride: String? = nil) throws -> SiteConfig {
        try SiteConfigLoader().load(YAMLSource(file: "site.yml", text: text), baseURLOverride: baseURLOverride)
    }

    /// The diagnostics of a load that must fail.
    private func errors(_ text: String, baseURLOverride: String? = nil) -> [Diagnostic] {
        do {
            _ = try SiteConfigLoader().load(YAMLSource(file: "site.yml", text: text), baseURLOverride: baseURLOverride)
        } catch {
            return error.diagnostics
        }
        Issue.record("expected site.yml to be refused")
        return []
    }

    private func at(_ line: Int, _ column: Int, _ message: String) -> Diagnostic {
        .error(at: SourceLocation(file: "site.yml", line: line, column: column), message)
    }

    @Test("a minimal site.yml, with defaults")
    func minimalFile() throws {
        let config = try load(minimal)
        #expect(config.name == "Boulangerie Martin")
        #expect(config.baseURL.description == "https://www.example.fr/")
        #expect(config.language == "en")
        #expect(config.businessType == "Organization")
        #expect(config.newsSection == "news")
        #expect(config.description == nil)
        #expect(config.address == nil)
        #expect(config.geo == nil)
        #expect(config.hours == nil)
        #expect(config.specialHours.isEmpty)
        #expect(config.lastVerified == LastVerified())
        #expect(config.extra.isEmpty)
    }

    @Test("every key of a complete site.yml")
    func completeFile() throws {
        let text = """
            name: Boulangerie Martin
            url: https://example.github.io/martin
            language: fr-FR
            description: Pain au levain, viennoiseries
            type: Bakery
            news_section: actualites
            logo: /images/logo.svg
            image: https://cdn.example.fr/boutique.jpg
            email: contact@boulangerie-martin.fr
            telephone: "+33 2 99 00 00 00"
            address:
              street: 12 rue de la Paix
              locality: Rennes
              postal_code: "35000"
              region: Bretagne
              country: fr
            geo: {latitude: 48.1113, longitude: -1.68}
            hours:
              monday: closed
              tuesday: "07:00-13:30, 15:30-19:30"
              wednesday: [07:00-13:30, 15:30-19:30]
              thursday: false
              friday: 22:00-02:00
              sunday: CLOSED
            special_hours:
              - date: 2024-12-25
                hours: closed
                note: Noël
              - from: 2024-08-01
                to: 2024-08-15
                hours: 08:00-12:00
            last_verified:
              hours: 2024-05-01
              contact: 2024-04-02
            extra:
              siret: "123 456 789 00012"
              delivery: true
            """
        let config = try load(text)
        #expect(config.baseURL.path == "/martin/")
        #expect(config.language == "fr-FR")
        #expect(config.description == "Pain au levain, viennoiseries")
        #expect(config.businessType == "Bakery")
        #expect(config.newsSection == "actualites")
        #expect(config.logo == "/images/logo.svg")
        #expect(config.image == "https://cdn.example.fr/boutique.jpg")
        #expect(config.email == "contact@boulangerie-martin.fr")
        #expect(config.telephone?.display == "+33 2 99 00 00 00")
        #expect(config.telephone?.e164 == "+33299000000")
        #expect(
            config.address == PostalAddress(street: "12 rue de la Paix", locality: "Rennes", postalCode: "35000", region: "Bretagne", country: "FR"))
        #expect(config.geo == GeoCoordinates(latitude: 48.1113, longitude: -1.68))
        let split = [OpeningSpan(opens: 420, closes: 810), OpeningSpan(opens: 930, closes: 1170)]
        #expect(
            config.hours?.days == [
                .monday: [], .tuesday: split, .wednesday: split, .thursday: [], .friday: [OpeningSpan(opens: 1320, closes: 120)], .sunday: [],
            ])
        #expect(config.hours?.days[.saturday] == nil)
        #expect(
            config.specialHours == [
                SpecialHours(
                    from: ContentDate(year: 2024, month: 12, day: 25), through: ContentDate(year: 2024, month: 12, day: 25), spans: [], note: "Noël"),
                SpecialHours(
                    from: ContentDate(year: 2024, month: 8, day: 1), through: ContentDate(year: 2024, month: 8, day: 15),
                    spans: [OpeningSpan(opens: 480, closes: 720)], note: nil),
            ])
        #expect(
            config.lastVerified == LastVerified(hours: ContentDate(year: 2024, month: 5, day: 1), contact: ContentDate(year: 2024, month: 4, day: 2)))
        #expect(config.extra["siret"] == .string("123 456 789 00012"))
        #expect(config.extra["delivery"] == .bool(true))
    }

    @Test("an empty site.yml says what it needs", arguments: ["", "\n\n", "# only a comment\n", "~"])
    func empty(_ text: String) {
        #expect(errors(text) == [at(1, 1, "site.yml is empty; it needs at least `name:` and `url:`")])
    }

    @Test("name and url are required")
    func required() {
        #expect(errors("url: https://www.example.fr\n") == [at(1, 1, "name is required")])
        #expect(errors("language: fr\nname: A\n") == [at(1, 1, "url is required")])
        #expect(errors("name: \"  \"\nurl: https://www.example.fr\n") == [at(1, 7, "name: must not be empty")])
        #expect(errors("name:\nurl: https://www.example.fr\n") == [at(1, 1, "name is required")])
    }

    @Test("a site.yml that is not a mapping")
    func notAMapping() {
        #expect(
            errors("- name: A\n") == [
                at(1, 1, "the file must be a mapping of `key: value` lines"),
                at(1, 1, "name is required"),
                at(1, 1, "url is required"),
            ])
    }

    @Test(
        "the url must be an absolute web address",
        arguments: ["ftp://example.fr", "www.example.fr", "javascript:alert(1)", "https://example.fr/?q=1"])
    func badURL(_ url: String) {
        #expect(
            errors("name: A\nurl: \"\(url)\"\n") == [
                at(2, 6, "url: \"\(url)\" is not an absolute http: or https: address such as https://www.example.com/")
            ])
    }

    @Test("--base-url wins over url:, and is checked")
    func baseURLOverride() throws {
        #expect(try load(minimal, baseURLOverride: "http://localhost:8000/preview").baseURL.description == "http://localhost:8000/preview/")
        #expect(try load("name: A\n", baseURLOverride: "https://staging.example.fr").baseURL.origin == "https://staging.example.fr")
        #expect(
            errors(minimal, baseURLOverride: "staging") == [
                .error(at: SourceLocation(file: "--base-url"), "\"staging\" is not an absolute http: or https: address")
            ])
    }

    @Test("an unknown key is an error, with a suggestion when one is close")
    func unknownKeys() {
        #expect(errors(minimal + "adress: 1 rue X\n") == [at(3, 1, "adress: unknown key; did you mean \"address\"?")])
        #expect(errors(minimal + "langage: fr\n") == [at(3, 1, "langage: unknown key; did you mean \"language\"?")])
        #expect(errors(minimal + "colour: red\n") == [at(3, 1, "colour: unknown key")])
        #expect(errors(minimal + "address:\n  stret: 1 rue X\n") == [at(4, 3, "address.stret: unknown key; did you mean \"street\"?")])
        #expect(errors(minimal + "hours:\n  mondey: closed\n") == [at(4, 3, "hours.mondey: unknown key; did you mean \"monday\"?")])
    }

    @Test("a YAML syntax error is at its position")
    func syntaxError() throws {
        let diagnostics = errors("name: A\nurl: https://www.example.fr\ndescription: \"unterminated\n")
        let only = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(only.message.hasPrefix("YAML syntax: "))
        #expect(only.location.file == "site.yml")
        #expect(only.location.line == 3 || only.location.line == 4)

        let badIndent = errors("name: A\nurl: https://www.example.fr\n  language: fr\n")
        #expect(badIndent.map(\.location) == [SourceLocation(file: "site.yml", line: 3, column: 11)])
        #expect(badIndent.first?.message == "YAML syntax: mapping values are not allowed in this context")
    }

    @Test("a key given twice is an error")
    func duplicateKey() throws {
        let diagnostics = errors(minimal + "description: a\ndescription: b\n")
        #expect(diagnostics.map(\.message) == ["YAML: the key \"description\" appears more than once"])
        // At one of the two occurrences (Yams marks the first), not at the top of the mapping.
        #expect([3, 4].contains(diagnostics.first?.location.line ?? 0))
        #expect(diagnostics.first?.location.column == 1)
    }

    @Test(
        "language codes",
        arguments: [
            ("fr", true), ("en-GB", true), ("fil", true), ("zh-Hant-TW", true), ("de-1996", true), ("EN", true),
            ("french", false), ("f", false), ("fr_FR", false), ("en-", false), ("-fr", false), ("1e", false), ("fr-x", false), ("é", false),
        ])
    func language(_ code: String, valid: Bool) throws {
        let text = minimal + "language: \(code)\n"
        if valid {
            #expect(try load(text).language == code)
        } else {
            #expect(errors(text) == [at(3, 11, "language: \"\(code)\" is not a language code such as fr, en or en-GB")])
        }
    }

    @Test("contact details are checked")
    func contact() {
        #expect(errors(minimal + "email: contact.example.fr\n") == [at(3, 8, "email: \"contact.example.fr\" is not an e-mail address")])
        #expect(errors(minimal + "email: \"a b@example.fr\"\n").count == 1)
        #expect(errors(minimal + "email: a@b@example.fr\n").count == 1)
        #expect(errors(minimal + "email: a@localhost\n").count == 1)
        #expect(
            errors(minimal + "logo: images/logo.svg\n") == [
                at(3, 7, "logo: \"images/logo.svg\" must be a path from the site root, such as /images/logo.svg")
            ])
        #expect(
            errors(minimal + "address: {country: FRA}\n") == [at(3, 20, "address.country: \"FRA\" is not a two-letter country code such as FR or BE")]
        )
        #expect(errors(minimal + "address: 12 rue X\n") == [at(3, 10, "address must be a mapping of `key: value` lines")])
        #expect(
            errors(minimal + "news_section: news/2024\n") == [at(3, 15, "news_section: must be the name of one folder of content/, such as \"news\"")]
        )
        #expect(errors(minimal + "extra: [a, b]\n") == [at(3, 8, "extra: must be a mapping of your own `key: value` lines")])
    }

    @Test(
        "bad opening hours are errors at the value",
        arguments: [
            ("25h-26h", "\"25h-26h\" (\"25h\" is not a time of day such as 09:00, 9h30 or 18h)"),
            (
                "\"08:00-12:00 14:00-18:00\"",
                "\"08:00-12:00 14:00-18:00\" (\"08:00-12:00 14:00-18:00\" has more than one dash; separate spans with a comma)"
            ),
            ("\"25:00-26:00\"", "\"25:00-26:00\" (\"25:00\" is not a time of day such as 09:00, 9h30 or 18h)"),
            ("open", "\"open\""),
            ("\"false\"", "\"false\""),
            ("[08:00-12:00, nope]", "\"08:00-12:00,nope\" (\"nope\" is not a span such as 09:00-18:00)"),
            ("9h-9h", "\"9h-9h\" (\"9h-9h\" opens and closes at the same time)"),
            ("\"9h-12h, \"", "\"9h-12h, \" (a span is empty)"),
        ])
    func badHours(_ value: String, _ written: String) {
        let quoted = written.hasSuffix(")") ? String(written[..<written.range(of: " (")!.lowerBound]) : written
        let reason = written.dropFirst(quoted.count)
        #expect(
            errors(minimal + "hours:\n  monday: \(value)\n")
                == [at(4, 11, "hours.monday: \(quoted) is not `closed` or opening hours such as \"07:00-13:30, 15:30-19:30\"\(reason)")])
    }

    @Test("hours that are neither text nor a list are reported once")
    func hoursMapping() {
        let diagnostics = errors(minimal + "hours:\n  monday: {opens: \"08:00\"}\n")
        #expect(!diagnostics.isEmpty)
        #expect(diagnostics.allSatisfy { $0.location == SourceLocation(file: "site.yml", line: 4, column: 11) })
        #expect(diagnostics.count == 1)
    }

    @Test("special hours: one day or a range, never both")
    func specialHoursShapes() {
        let head = minimal + "special_hours:\n"
        #expect(
            errors(head + "  - from: 2024-08-15\n    to: 2024-08-01\n    hours: closed\n")
                == [at(5, 9, "special_hours[0].to: 2024-08-01 is before from: 2024-08-15")])
        #expect(
            errors(head + "  - date: 2024-08-15\n    from: 2024-08-01\n    to: 2024-08-20\n    hours: closed\n")
                == [at(4, 5, "special_hours[0]: give either `date:` or `from:` and `to:`, not both")])
        #expect(
            errors(head + "  - from: 2024-08-01\n    hours: closed\n")
                == [at(4, 5, "special_hours[0]: a range needs both `from:` and `to:`")])
        #expect(
            errors(head + "  - to: 2024-08-01\n    hours: closed\n")
                == [at(4, 5, "special_hours[0]: a range needs both `from:` and `to:`")])
        #expect(
            errors(head + "  - note: Fermé\n    hours: closed\n")
                == [at(4, 5, "special_hours[0]: needs `date:` for one day, or `from:` and `to:` for a range")])
        #expect(errors(head + "  - date: 2024-12-25\n") == [at(4, 5, "special_hours[0].hours is required")])
        #expect(
            errors(head + "  - date: 2024-12-25\n    hours: closed\n  - date: 2024-13-01\n    hours: closed\n")
                == [
                    at(
                        6, 11,
                        "special_hours[1].date: \"2024-13-01\" is not a date (expected YYYY-MM-DD, optionally with a time: 2024-05-01T09:30:00+02:00)"
                    )
                ])
        #expect(
            errors(head + "  - date: 2024-12-25\n    hours: closed\n    hour: closed\n")
                == [at(6, 5, "special_hours[0].hour: unknown key; did you mean \"hours\"?")])
        #expect(
            errors(minimal + "special_hours: {date: 2024-12-25}\n").map(\.message)
                == ["special_hours: expected a list (lines starting with `- `), found a mapping"])
    }

    @Test("a one-day range is fine")
    func oneDayRange() throws {
        let config = try load(minimal + "special_hours:\n  - {from: 2024-08-01, to: 2024-08-01, hours: \"10:00-12:00\"}\n")
        #expect(config.specialHours.first?.from == config.specialHours.first?.through)
    }

    @Test(
        "geo coordinates must be on Earth",
        arguments: [
            ("{latitude: 91, longitude: 2}", 3, 17, "geo.latitude: 91 is not between -90 and 90"),
            ("{latitude: -90.5, longitude: 2}", 3, 17, "geo.latitude: -90.5 is not between -90 and 90"),
            ("{latitude: 48, longitude: 180.1}", 3, 32, "geo.longitude: 180.1 is not between -180 and 180"),
            ("{latitude: 48, longitude: -181}", 3, 32, "geo.longitude: -181 is not between -180 and 180"),
            ("{latitude: 48}", 3, 6, "geo.longitude is required"),
            ("{latitude: north, longitude: 2}", 3, 17, "geo.latitude: \"north\" is not a number"),
        ])
    func geo(_ value: String, line: Int, column: Int, message: String) {
        #expect(errors(minimal + "geo: \(value)\n") == [at(line, column, message)])
    }

    @Test("geo limits themselves are fine")
    func geoLimits() throws {
        #expect(try load(minimal + "geo: {latitude: -90, longitude: 180}\n").geo == GeoCoordinates(latitude: -90, longitude: 180))
    }

    @Test("last_verified dates are checked")
    func lastVerified() {
        #expect(
            errors(minimal + "last_verified:\n  hours: yesterday\n").map(\.message)
                == ["last_verified.hours: \"yesterday\" is not a date (expected YYYY-MM-DD, optionally with a time: 2024-05-01T09:30:00+02:00)"])
    }

    @Test("every problem of the file is reported at once, in order")
    func allAtOnce() {
        let text = "name: A\nurl: nope\nlanguage: french\nadress: x\ngeo: {latitude: 100, longitude: 0}\n"
        #expect(errors(text).map(\.location.line) == [2, 3, 4, 5])
    }

    /// `note:` is read only once the dates and hours of the entry are valid.
    @Test("a wrong note is reported with the other problems of its entry")
    func noteWithOtherErrors() {
        let diagnostics = errors(minimal + "special_hours:\n  - date: 2024-12-25\n    note: [a, b]\n")
        #expect(diagnostics.contains(at(4, 5, "special_hours[0].hours is required")))
        #expect(diagnostics.contains(at(5, 11, "special_hours[0].note: expected text, found a list")))
    }
}

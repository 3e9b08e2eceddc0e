import Testing

@testable import SiteGen
@testable import SiteGenCore

@Suite("Unit: SiteConfigLoader presence")
struct SiteConfigPresenceUnitTests {
    private let minimal = "name: Boulangerie Martin\nurl: https://www.example.fr\n"
    private let address = "address:\n  street: 12 rue de la Paix\n  locality: Rennes\n  country: FR\n"

    private func load(_ text: String) throws -> SiteConfig {
        try SiteConfigLoader().load(YAMLSource(file: "site.yml", text: text))
    }

    /// The diagnostics of a load that must fail.
    private func errors(_ text: String) -> [Diagnostic] {
        do {
            _ = try SiteConfigLoader().load(YAMLSource(file: "site.yml", text: text))
        } catch {
            return error.diagnostics
        }
        Issue.record("expected site.yml to be refused")
        return []
    }

    private func at(_ line: Int, _ column: Int, _ message: String) -> Diagnostic {
        .error(at: SiteGenCore.SourceLocation(file: "site.yml", line: line, column: column), message)
    }

    private func location(_ line: Int, _ column: Int) -> SiteGenCore.SourceLocation {
        SiteGenCore.SourceLocation(file: "site.yml", line: line, column: column)
    }

    @Test("a known type is kept; no type is Organization")
    func knownTypes() throws {
        #expect(try load(minimal + address + "type: Bakery\n").businessType == "Bakery")
        #expect(try load(minimal + address + "type: Plumber\n").businessType == "Plumber")
        #expect(try load(minimal + "type: NGO\n").businessType == "NGO")
        #expect(try load(minimal).businessType == "Organization")
    }

    @Test(
        "an unknown type is an error at its value, with a suggestion when one is close",
        arguments: [
            ("Bakeryy", "Bakery"), ("bakery", "Bakery"), ("Plumbr", "Plumber"), ("Organisation", "Organization"), ("Florsit", "Florist"),
        ])
    func unknownTypeWithSuggestion(_ type: String, _ suggestion: String) {
        #expect(
            errors(minimal + address + "type: \(type)\n") == [
                at(
                    7, 7,
                    "type: \"\(type)\" is not a schema.org type of business (such as Bakery, Plumber, HairSalon, Store or Organization); did you mean \"\(suggestion)\"?"
                )
            ])
    }

    @Test("an unknown type far from any known one has no suggestion")
    func unknownTypeWithoutSuggestion() {
        #expect(
            errors(minimal + "type: Spaceship\n") == [
                at(3, 7, "type: \"Spaceship\" is not a schema.org type of business (such as Bakery, Plumber, HairSalon, Store or Organization)")
            ])
    }

    @Test("a local business without an address is an error at the top of the file", arguments: ["Bakery", "Plumber", "LocalBusiness", "HairSalon"])
    func localBusinessWithoutAddress(_ type: String) {
        #expect(
            errors(minimal + "type: \(type)\n") == [
                at(1, 1, "a \(type) is a local business: search engines require its address (address: with street: and locality:)")
            ])
    }

    @Test("a local business with an address lacking street or locality is an error at the address")
    func incompleteAddress() {
        #expect(
            errors(minimal + "type: Bakery\naddress:\n  locality: Rennes\n") == [
                at(5, 3, "a Bakery is a local business: search engines require its address (address: with street: and locality:)")
            ])
        #expect(
            errors(minimal + "type: Bakery\naddress: {street: 12 rue de la Paix}\n") == [
                at(4, 10, "a Bakery is a local business: search engines require its address (address: with street: and locality:)")
            ])
    }

    @Test("an organisation without premises needs no address")
    func organisationWithoutAddress() throws {
        let organisation = try load(minimal + "type: Organization\n")
        #expect(organisation.businessType == "Organization")
        #expect(organisation.address == nil)
        #expect(try load(minimal + "type: OnlineStore\n").address == nil)
    }

    @Test(
        "a telephone that cannot be read is an error at its value",
        arguments: [
            "call us", "02 99 12 34 56", "\"+33 2 99\"", "\"+0 2 99 12 34 56\"",
        ])
    func badTelephone(_ value: String) {
        let shown = value.hasPrefix("\"") ? String(value.dropFirst().dropLast()) : value
        #expect(
            errors(minimal + "telephone: \(value)\n") == [
                at(3, 12, "telephone: \"\(shown)\" is not a telephone number; write it in international form, such as \"+33 2 99 12 34 56\"")
            ])
    }

    @Test("a national telephone with the country of the address becomes E.164")
    func nationalTelephone() throws {
        let config = try load(minimal + "telephone: 02 99 12 34 56\n" + address)
        #expect(config.telephone?.e164 == "+33299123456")
        #expect(config.telephone?.display == "02 99 12 34 56")
        // The country's case does not matter, nor does its place in the file.
        let lower = try load(minimal + "address:\n  country: fr\ntelephone: \"02.99.12.34.56\"\n")
        #expect(lower.telephone?.e164 == "+33299123456")
        let italian = try load(minimal + "address: {country: IT}\ntelephone: 06 1234 5678\n")
        #expect(italian.telephone?.e164 == "+390612345678")
    }

    @Test("an international telephone needs no country")
    func internationalTelephone() throws {
        #expect(try load(minimal + "telephone: \"+44 (0)20 7946 0958\"\n").telephone?.e164 == "+442079460958")
        // Unquoted, a number is read as written, leading zero included.
        #expect(try load(minimal + "telephone: +33299123456\n").telephone?.e164 == "+33299123456")
        #expect(try load(minimal + "address: {country: FR}\ntelephone: 0299123456\n").telephone?.e164 == "+33299123456")
    }

    @Test("locations of special_hours, last_verified and its dates point at their lines")
    func locations() throws {
        let text =
            minimal + """
                telephone: "+33 2 99 12 34 56"
                special_hours:
                  - date: 2024-12-25
                    hours: closed
                last_verified:
                  hours: 2024-05-01
                  contact: 2024-04-02

                """
        let config = try load(text)
        let special = try #require(config.locations["special_hours"])
        #expect(special.file == "site.yml")
        #expect(special.line == 5)
        let verified = try #require(config.locations["last_verified"])
        #expect(verified.line == 8)
        #expect(config.locations["last_verified.hours"] == location(8, 10))
        #expect(config.locations["last_verified.contact"] == location(9, 12))
        #expect(config.locations["telephone"] == location(3, 12))
        #expect(config.locations["address"] == nil)
        #expect(config.locations["hours"] == nil)
    }

    @Test("only the dates written have a location")
    func partialLocations() throws {
        let config = try load(minimal + "last_verified: {contact: 2024-04-02}\n")
        #expect(config.locations["last_verified.hours"] == nil)
        #expect(config.locations["last_verified.contact"] == location(3, 26))
        #expect(config.locations["special_hours"] == nil)
    }

    @Test("the staleness warnings land on the lines of site.yml")
    func stalenessAtLines() throws {
        let config = try load(minimal + "special_hours:\n  - date: 2020-12-25\n    hours: closed\nlast_verified:\n  hours: 2020-05-01\n")
        let warnings = StalenessCheck(config: config, today: ContentDate(year: 2025, month: 6, day: 15)).warnings(siteFile: "site.yml")
        #expect(warnings.map(\.location.line) == [7, 4])
        #expect(warnings.allSatisfy { $0.severity == .warning })
    }
}

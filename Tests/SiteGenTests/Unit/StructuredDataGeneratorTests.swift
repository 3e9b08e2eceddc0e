import Foundation
import Testing

@testable import SiteGen
@testable import SiteGenCore
@testable import SiteGenManifest

@Suite("Unit: StructuredDataGenerator")
struct StructuredDataGeneratorUnitTests {
    private let morning = OpeningSpan(opens: 7 * 60, closes: 13 * 60 + 30)
    private let afternoon = OpeningSpan(opens: 15 * 60 + 30, closes: 19 * 60 + 30)

    private func config(
        name: String = "Boulangerie Martin",
        baseURL: String = "https://www.boulangerie-martin.fr/",
        type: String = "Bakery",
        logo: String? = "/images/logo.svg",
        image: String? = nil,
        address: PostalAddress? = PostalAddress(
            street: "12 rue de la Paix", locality: "Rennes", postalCode: "35000", region: "Bretagne", country: "FR"),
        hours: WeeklyHours? = nil,
        specialHours: [SpecialHours] = []
    ) -> SiteConfig {
        SiteConfig(
            name: name, baseURL: BaseURL(baseURL)!, language: "fr-FR", description: "Pain au levain",
            businessType: type, newsSection: "news", logo: logo, image: image, email: "contact@boulangerie-martin.fr",
            telephone: PhoneNumber("02 99 12 34 56", country: "FR"), address: address,
            geo: GeoCoordinates(latitude: 48.1113, longitude: -1.68), hours: hours, specialHours: specialHours,
            lastVerified: LastVerified(), extra: [:]
        )
    }

    private func profiles(_ urls: [String]) -> [RecognisedProfile] {
        urls.enumerated().map { index, url in
            RecognisedProfile(
                profile: Profile(url: url, label: nil, location: SiteGenCore.SourceLocation(file: "links.yml", line: index + 2, column: 5)),
                platform: nil, handle: nil, displayName: url)
        }
    }

    private func parsed(_ generator: StructuredDataGenerator) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(generator.json().utf8))
        return try #require(object as? [String: Any])
    }

    private func nodes(_ generator: StructuredDataGenerator) throws -> (business: [String: Any], website: [String: Any]) {
        let root = try parsed(generator)
        let graph = try #require(root["@graph"] as? [[String: Any]])
        try #require(graph.count == 2)
        return (graph[0], graph[1])
    }

    private func day(_ name: String) -> String { "https://schema.org/" + name }

    @Test("the business and its website in one @graph")
    func graph() throws {
        let urls = [
            "https://mastodon.social/@boulangerie_martin", "https://www.instagram.com/boulangerie.martin/", "https://www.facebook.com/martin",
        ]
        let generator = StructuredDataGenerator(config: config(), profiles: profiles(urls))
        let root = try parsed(generator)
        #expect(root["@context"] as? String == "https://schema.org")
        let (business, website) = try nodes(generator)

        #expect(business["@type"] as? String == "Bakery")
        #expect(business["@id"] as? String == "https://www.boulangerie-martin.fr/#business")
        #expect((business["@id"] as? String)?.hasSuffix("#business") == true)
        #expect(business["name"] as? String == "Boulangerie Martin")
        #expect(business["url"] as? String == "https://www.boulangerie-martin.fr/")
        #expect(business["description"] as? String == "Pain au levain")
        #expect(business["telephone"] as? String == "+33299123456")
        #expect(business["email"] as? String == "contact@boulangerie-martin.fr")
        #expect(business["logo"] as? String == "https://www.boulangerie-martin.fr/images/logo.svg")
        #expect(business["image"] as? String == "https://www.boulangerie-martin.fr/images/logo.svg")
        #expect(business["sameAs"] as? [String] == urls)
        #expect(business["openingHoursSpecification"] == nil)

        let address = try #require(business["address"] as? [String: Any])
        #expect(address["@type"] as? String == "PostalAddress")
        #expect(address["streetAddress"] as? String == "12 rue de la Paix")
        #expect(address["addressLocality"] as? String == "Rennes")
        #expect(address["postalCode"] as? String == "35000")
        #expect(address["addressRegion"] as? String == "Bretagne")
        #expect(address["addressCountry"] as? String == "FR")

        let geo = try #require(business["geo"] as? [String: Any])
        #expect(geo["@type"] as? String == "GeoCoordinates")
        #expect((geo["latitude"] as? NSNumber)?.doubleValue == 48.1113)
        #expect((geo["longitude"] as? NSNumber)?.doubleValue == -1.68)

        #expect(website["@type"] as? String == "WebSite")
        #expect(website["@id"] as? String == "https://www.boulangerie-martin.fr/#website")
        #expect(website["url"] as? String == "https://www.boulangerie-martin.fr/")
        #expect(website["name"] as? String == "Boulangerie Martin")
        #expect(website["inLanguage"] as? String == "fr-FR")
        let publisher = try #require(website["publisher"] as? [String: Any])
        #expect(publisher["@id"] as? String == business["@id"] as? String)
    }

    @Test("the base path of a site in a folder is kept in ids and in the logo")
    func basePath() throws {
        let (business, website) = try nodes(
            StructuredDataGenerator(config: config(baseURL: "https://example.github.io/martin", image: "/images/shop.jpg"), profiles: []))
        #expect(business["@id"] as? String == "https://example.github.io/martin/#business")
        #expect(website["@id"] as? String == "https://example.github.io/martin/#website")
        #expect(business["logo"] as? String == "https://example.github.io/martin/images/logo.svg")
        #expect(business["image"] as? String == "https://example.github.io/martin/images/shop.jpg")
    }

    @Test("an absolute logo stays as it is; no logo, no image and no profile leave the keys out")
    func optionalKeys() throws {
        let (withCDN, _) = try nodes(StructuredDataGenerator(config: config(logo: "https://cdn.example.fr/logo.png"), profiles: []))
        #expect(withCDN["logo"] as? String == "https://cdn.example.fr/logo.png")
        #expect(withCDN["image"] as? String == "https://cdn.example.fr/logo.png")
        #expect(withCDN["sameAs"] == nil)

        let (bare, _) = try nodes(StructuredDataGenerator(config: config(type: "Organization", logo: nil, address: nil), profiles: []))
        #expect(bare["@type"] as? String == "Organization")
        #expect(bare["logo"] == nil)
        #expect(bare["image"] == nil)
        #expect(bare["address"] == nil)
    }

    @Test("equal spans are grouped over days, with full schema.org day names")
    func weeklyHours() throws {
        let hours = WeeklyHours(days: [
            .monday: [], .tuesday: [morning, afternoon], .wednesday: [morning, afternoon], .thursday: [morning, afternoon],
            .friday: [morning, afternoon], .saturday: [morning],
        ])
        let generator = StructuredDataGenerator(config: config(hours: hours), profiles: [])
        let (business, _) = try nodes(generator)
        let specifications = try #require(business["openingHoursSpecification"] as? [[String: Any]])
        try #require(specifications.count == 2)
        #expect(specifications[0]["@type"] as? String == "OpeningHoursSpecification")
        #expect(specifications[0]["dayOfWeek"] as? [String] == ["Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"].map(day))
        #expect(specifications[0]["opens"] as? String == "07:00")
        #expect(specifications[0]["closes"] as? String == "13:30")
        #expect(specifications[1]["dayOfWeek"] as? [String] == ["Tuesday", "Wednesday", "Thursday", "Friday"].map(day))
        #expect(specifications[1]["opens"] as? String == "15:30")
        #expect(specifications[1]["closes"] as? String == "19:30")
        // Closed days (Monday) and unknown days (Sunday) do not appear.
        let allDays = specifications.flatMap { $0["dayOfWeek"] as? [String] ?? [] }
        #expect(!allDays.contains(day("Monday")))
        #expect(!allDays.contains(day("Sunday")))
        #expect(specifications.allSatisfy { $0["validFrom"] == nil && $0["validThrough"] == nil })
    }

    @Test("a span closing at 24:00 closes at \"00:00\"; one past midnight keeps its hour")
    func midnight() throws {
        let hours = WeeklyHours(days: [
            .friday: [OpeningSpan(opens: 18 * 60, closes: 24 * 60)],
            .saturday: [OpeningSpan(opens: 22 * 60, closes: 2 * 60)],
        ])
        let specifications = StructuredDataGenerator(config: config(hours: hours), profiles: []).openingHours()
        try #require(specifications.count == 2)
        #expect(specifications[0]["opens"] as? String == "18:00")
        #expect(specifications[0]["closes"] as? String == "00:00")
        #expect(specifications[0]["dayOfWeek"] as? [String] == [day("Friday")])
        #expect(specifications[1]["opens"] as? String == "22:00")
        #expect(specifications[1]["closes"] as? String == "02:00")
        #expect(specifications[1]["dayOfWeek"] as? [String] == [day("Saturday")])
    }

    @Test("a day open around the clock is not written as closed")
    func aroundTheClock() throws {
        // Google reads opens "00:00" with closes "00:00" as closed all day, and asks for 00:00-23:59 for 24 hours.
        let hours = WeeklyHours(days: [.monday: [OpeningSpan(opens: 0, closes: 24 * 60)]])
        let specification = try #require(StructuredDataGenerator(config: config(hours: hours), profiles: []).openingHours().first)
        #expect(specification["opens"] as? String == "00:00")
        #expect(specification["closes"] as? String == "23:59")
    }

    @Test("special hours carry validFrom and validThrough; a closed date opens and closes at 00:00")
    func specialHours() throws {
        let christmas = ContentDate(year: 2024, month: 12, day: 25)
        let august = SpecialHours(
            from: ContentDate(year: 2024, month: 8, day: 1), through: ContentDate(year: 2024, month: 8, day: 15),
            spans: [OpeningSpan(opens: 8 * 60, closes: 12 * 60), OpeningSpan(opens: 20 * 60, closes: 24 * 60)], note: nil)
        let closed = SpecialHours(from: christmas, through: christmas, spans: [], note: "Noël")
        let generator = StructuredDataGenerator(
            config: config(hours: WeeklyHours(days: [.monday: [morning]]), specialHours: [closed, august]), profiles: [])
        let (business, _) = try nodes(generator)
        let specifications = try #require(business["openingHoursSpecification"] as? [[String: Any]])
        try #require(specifications.count == 4)
        // The usual week first.
        #expect(specifications[0]["dayOfWeek"] as? [String] == [day("Monday")])
        #expect(specifications[0]["validFrom"] == nil)
        // Then the special dates, in the order of site.yml.
        #expect(specifications[1]["validFrom"] as? String == "2024-12-25")
        #expect(specifications[1]["validThrough"] as? String == "2024-12-25")
        #expect(specifications[1]["opens"] as? String == "00:00")
        #expect(specifications[1]["closes"] as? String == "00:00")
        #expect(specifications[1]["dayOfWeek"] == nil)
        #expect(specifications[2]["validFrom"] as? String == "2024-08-01")
        #expect(specifications[2]["validThrough"] as? String == "2024-08-15")
        #expect(specifications[2]["opens"] as? String == "08:00")
        #expect(specifications[2]["closes"] as? String == "12:00")
        #expect(specifications[3]["validFrom"] as? String == "2024-08-01")
        #expect(specifications[3]["opens"] as? String == "20:00")
        #expect(specifications[3]["closes"] as? String == "00:00")
        #expect(specifications.allSatisfy { $0["@type"] as? String == "OpeningHoursSpecification" })
    }

    @Test("a special date with a time still gives just the day")
    func specialHoursWithTime() throws {
        let day = ContentDate(year: 2025, month: 1, day: 1, secondsOfDay: 3600, utcOffsetMinutes: 60)
        let specifications = StructuredDataGenerator(
            config: config(specialHours: [SpecialHours(from: day, through: day, spans: [], note: nil)]), profiles: []
        ).openingHours()
        #expect(specifications.first?["validFrom"] as? String == "2025-01-01")
        #expect(specifications.first?["validThrough"] as? String == "2025-01-01")
    }

    @Test("no value can close the <script> element")
    func scriptSafe() throws {
        let name = "Martin </script><script>alert(1)</script> & <b>Fils</b>"
        let generator = StructuredDataGenerator(config: config(name: name), profiles: profiles(["https://example.social/@a?x=<y>"]))
        let json = generator.json()
        #expect(!json.contains("<"))
        #expect(json.contains("\\u003c/script>"))
        // It is still JSON, and the name reads back unchanged.
        let (business, website) = try nodes(generator)
        #expect(business["name"] as? String == name)
        #expect(website["name"] as? String == name)
        #expect(business["sameAs"] as? [String] == ["https://example.social/@a?x=<y>"])
    }

    @Test("slashes are not escaped, so addresses read as they are")
    func slashes() {
        let json = StructuredDataGenerator(config: config(), profiles: []).json()
        #expect(json.contains("\"https://schema.org\""))
        #expect(!json.contains("\\/"))
    }

    @Test("keys are sorted, so two calls give identical text")
    func deterministic() throws {
        let hours = WeeklyHours(days: [.monday: [morning], .tuesday: [morning, afternoon]])
        let generator = StructuredDataGenerator(config: config(hours: hours), profiles: profiles(["https://a.example/x", "https://b.example/y"]))
        let first = generator.json()
        #expect(first == generator.json())
        #expect(
            first == StructuredDataGenerator(config: config(hours: hours), profiles: profiles(["https://a.example/x", "https://b.example/y"])).json())
        // Top-level keys in order: "@context" sorts before "@graph".
        let context = try #require(first.range(of: "\"@context\""))
        let graph = try #require(first.range(of: "\"@graph\""))
        #expect(context.lowerBound < graph.lowerBound)
        // Inside the business, "@id" < "@type" < "address" < "name" < "url".
        let keys = ["\"@id\"", "\"@type\"", "\"address\"", "\"name\"", "\"url\""].compactMap { first.range(of: $0)?.lowerBound }
        #expect(keys.count == 5)
        #expect(keys == keys.sorted())
    }
}

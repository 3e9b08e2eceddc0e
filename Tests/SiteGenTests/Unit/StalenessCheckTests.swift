import Testing

@testable import SiteGen
@testable import SiteGenCore

@Suite("Unit: StalenessCheck")
struct StalenessCheckUnitTests {
    private func config(
        hours: ContentDate? = nil, contact: ContentDate? = nil, special: [SpecialHours] = [],
        locations: [String: SiteGenCore.SourceLocation] = [:]
    ) -> SiteConfig {
        var config = SiteConfig(
            name: "Boulangerie Martin", baseURL: BaseURL("https://www.example.fr/")!, language: "fr", description: nil,
            businessType: "Organization", newsSection: "news", logo: nil, image: nil, email: nil, telephone: nil,
            address: nil, geo: nil, hours: nil, specialHours: special, lastVerified: LastVerified(hours: hours, contact: contact), extra: [:]
        )
        config.locations = locations
        return config
    }

    private func date(_ year: Int, _ month: Int, _ day: Int) -> ContentDate { ContentDate(year: year, month: month, day: day) }

    private func special(_ from: ContentDate, _ through: ContentDate) -> SpecialHours {
        SpecialHours(from: from, through: through, spans: [], note: nil)
    }

    private func warnings(_ config: SiteConfig, today: ContentDate) -> [Diagnostic] {
        StalenessCheck(config: config, today: today).warnings(siteFile: "site.yml")
    }

    private let today = ContentDate(year: 2025, month: 6, day: 15)

    @Test("hours and contact checked over a year ago: one warning each, naming the date")
    func stale() throws {
        let hoursAt = SiteGenCore.SourceLocation(file: "site.yml", line: 30, column: 10)
        let contactAt = SiteGenCore.SourceLocation(file: "site.yml", line: 31, column: 12)
        let result = warnings(
            config(
                hours: date(2024, 3, 1), contact: date(2023, 11, 20),
                locations: ["last_verified.hours": hoursAt, "last_verified.contact": contactAt]), today: today)
        try #require(result.count == 2)
        #expect(result.allSatisfy { $0.severity == .warning })
        #expect(result[0].location == hoursAt)
        #expect(result[0].message.hasPrefix("last_verified.hours: "))
        #expect(result[0].message.contains("opening hours"))
        #expect(result[0].message.contains("2024-03-01"))
        #expect(result[1].location == contactAt)
        #expect(result[1].message.hasPrefix("last_verified.contact: "))
        #expect(result[1].message.contains("contact details"))
        #expect(result[1].message.contains("2023-11-20"))
    }

    @Test("only the stale one is reported")
    func oneStale() {
        let result = warnings(config(hours: date(2025, 1, 10), contact: date(2020, 1, 1)), today: today)
        #expect(result.map(\.message).count == 1)
        #expect(result.first?.message.contains("last_verified.contact") == true)
        #expect(result.first?.message.contains("2020-01-01") == true)
    }

    @Test("exactly a year ago is still fresh; a year and a day is stale")
    func boundary() {
        #expect(warnings(config(hours: date(2024, 6, 15), contact: date(2024, 6, 15)), today: today).isEmpty)
        #expect(warnings(config(hours: date(2024, 6, 14)), today: today).count == 1)
        #expect(warnings(config(contact: date(2024, 6, 14)), today: today).count == 1)
        #expect(warnings(config(hours: date(2024, 6, 16)), today: today).isEmpty)
    }

    @Test("recent dates, today and missing dates give no warning")
    func fresh() {
        #expect(warnings(config(hours: date(2025, 6, 1), contact: date(2025, 5, 2)), today: today).isEmpty)
        #expect(warnings(config(hours: today, contact: today), today: today).isEmpty)
        #expect(warnings(config(), today: today).isEmpty)
    }

    @Test("the warning falls back to last_verified, then to the file")
    func locations() {
        let block = SiteGenCore.SourceLocation(file: "site.yml", line: 29, column: 3)
        #expect(warnings(config(hours: date(2020, 1, 1), locations: ["last_verified": block]), today: today).first?.location == block)
        #expect(warnings(config(hours: date(2020, 1, 1)), today: today).first?.location == SiteGenCore.SourceLocation(file: "site.yml"))
    }

    @Test("special hours all in the past: one warning at special_hours")
    func pastSpecialHours() throws {
        let at = SiteGenCore.SourceLocation(file: "site.yml", line: 20, column: 3)
        let result = warnings(
            config(
                special: [
                    special(date(2024, 12, 25), date(2024, 12, 25)), special(date(2025, 1, 1), date(2025, 1, 1)),
                    special(date(2025, 5, 1), date(2025, 6, 14)),
                ], locations: ["special_hours": at]), today: today)
        try #require(result.count == 1)
        #expect(result[0].severity == .warning)
        #expect(result[0].location == at)
        #expect(result[0].message.hasPrefix("special_hours: "))
    }

    @Test("one special date still to come, or today, means no warning")
    func comingSpecialHours() {
        #expect(
            warnings(
                config(special: [special(date(2024, 12, 25), date(2024, 12, 25)), special(date(2025, 12, 25), date(2025, 12, 25))]), today: today
            ).isEmpty)
        // A range that has started but not ended.
        #expect(warnings(config(special: [special(date(2025, 6, 1), date(2025, 6, 30))]), today: today).isEmpty)
        // The last day is today.
        #expect(warnings(config(special: [special(date(2025, 6, 10), today)]), today: today).isEmpty)
    }

    @Test("no special hours, no warning")
    func noSpecialHours() {
        #expect(warnings(config(special: []), today: today).isEmpty)
    }

    @Test("29 February: a year ago is 28 February, without crashing")
    func leapDay() {
        let leapDay = ContentDate(year: 2024, month: 2, day: 29)
        #expect(warnings(config(hours: date(2023, 2, 28), contact: date(2023, 3, 1)), today: leapDay).isEmpty)
        let result = warnings(config(hours: date(2023, 2, 27)), today: leapDay)
        #expect(result.count == 1)
        #expect(result.first?.message.contains("2023-02-27") == true)
        // Checked on a leap day: still fresh on 28 February of the next year, stale on 1 March.
        #expect(warnings(config(hours: leapDay), today: ContentDate(year: 2025, month: 2, day: 28)).isEmpty)
        #expect(warnings(config(hours: leapDay), today: ContentDate(year: 2025, month: 3, day: 1)).count == 1)
    }

    @Test("1 January: a year ago is the 1st of January of the year before")
    func newYear() {
        let newYear = ContentDate(year: 2025, month: 1, day: 1)
        #expect(warnings(config(hours: date(2024, 1, 1)), today: newYear).isEmpty)
        #expect(warnings(config(hours: date(2023, 12, 31)), today: newYear).count == 1)
    }
}

import Testing

@testable import SiteGenCore

@Suite("Unit: ContentDate")
struct ContentDateUnitTests {
    struct Parsed: Sendable, CustomTestStringConvertible {
        var text: String
        var year: Int, month: Int, day: Int
        var seconds: Int?
        var offset: Int?
        var testDescription: String { text }
    }

    @Test(
        "parses valid dates",
        arguments: [
            Parsed(text: "2024-05-01", year: 2024, month: 5, day: 1, seconds: nil, offset: nil),
            Parsed(text: "2024-05-01T09:30", year: 2024, month: 5, day: 1, seconds: 9 * 3600 + 30 * 60, offset: nil),
            Parsed(text: "2024-05-01T09:30:15", year: 2024, month: 5, day: 1, seconds: 9 * 3600 + 30 * 60 + 15, offset: nil),
            Parsed(text: "2024-05-01T09:30:15.250", year: 2024, month: 5, day: 1, seconds: 9 * 3600 + 30 * 60 + 15, offset: nil),
            Parsed(text: "2024-05-01T09:30:15Z", year: 2024, month: 5, day: 1, seconds: 9 * 3600 + 30 * 60 + 15, offset: 0),
            Parsed(text: "2024-05-01T09:30Z", year: 2024, month: 5, day: 1, seconds: 9 * 3600 + 30 * 60, offset: 0),
            Parsed(text: "2024-05-01T09:30:00+02:00", year: 2024, month: 5, day: 1, seconds: 9 * 3600 + 30 * 60, offset: 120),
            Parsed(text: "2024-05-01T09:30:00-05:30", year: 2024, month: 5, day: 1, seconds: 9 * 3600 + 30 * 60, offset: -330),
            Parsed(text: "2024-05-01T09:30:00.5+02:00", year: 2024, month: 5, day: 1, seconds: 9 * 3600 + 30 * 60, offset: 120),
            Parsed(text: "2024-05-01 09:30", year: 2024, month: 5, day: 1, seconds: 9 * 3600 + 30 * 60, offset: nil),
            Parsed(text: "2024-05-01 09:30:00 +02:00", year: 2024, month: 5, day: 1, seconds: 9 * 3600 + 30 * 60, offset: 120),
            Parsed(text: "  2024-12-31  ", year: 2024, month: 12, day: 31, seconds: nil, offset: nil),
            Parsed(text: "2024-01-01T00:00", year: 2024, month: 1, day: 1, seconds: 0, offset: nil),
            Parsed(text: "2024-01-01T23:59:59", year: 2024, month: 1, day: 1, seconds: 86399, offset: nil),
        ])
    func parsesValid(_ expected: Parsed) throws {
        let date = try #require(ContentDate(parsing: expected.text))
        #expect(date.year == expected.year)
        #expect(date.month == expected.month)
        #expect(date.day == expected.day)
        #expect(date.secondsOfDay == expected.seconds)
        #expect(date.utcOffsetMinutes == expected.offset)
    }

    @Test(
        "refuses invalid dates",
        arguments: [
            "", "tomorrow", "2024", "2024-05", "2024-5-1", "24-05-01", "2024/05/01", "2024-05-1x",
            "2024-13-01", "2024-00-10", "2024-05-00", "2024-05-32",
            "2023-02-29", "2024-02-30", "2024-04-31", "2024-06-31", "2024-09-31", "2024-11-31",
            "2024-05-01T", "2024-05-01T9:30", "2024-05-01T24:00", "2024-05-01T23:60", "2024-05-01T09:30:60",
            "2024-05-01X09:30", "2024-05-01T09:30+2", "2024-05-01T09:30+02", "2024-05-01T09:30+0200",
            "2024-05-01T09:30+24:00", "2024-05-01T09:30+02:60", "2024-05-01T09:30 UTC", "2024-05-01T09:30ZZ",
            "2024-05-01T09:30Z+02:00", "2024-05-01T09:30.5", "2024-05-01T09:30:00+02:00 extra", "２０２４-05-01",
        ])
    func refusesInvalid(_ text: String) {
        #expect(ContentDate(parsing: text) == nil)
    }

    @Test(
        "29 February only in leap years",
        arguments: [
            (2024, true), (2000, true), (1600, true), (2023, false), (1900, false), (2100, false), (1996, true),
        ])
    func leapYears(year: Int, valid: Bool) {
        let text = "\(year)-02-29"
        #expect((ContentDate(parsing: text) != nil) == valid, "\(text)")
        #expect(ContentDate(parsing: "\(year)-02-28") != nil)
    }

    @Test("days in each month")
    func daysInMonth() {
        let expected = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        for (index, days) in expected.enumerated() {
            #expect(ContentDate.daysIn(month: index + 1, year: 2023) == days, "month \(index + 1)")
        }
        #expect(ContentDate.daysIn(month: 2, year: 2024) == 29)
    }

    @Test(
        "iso8601 writes what was given, as precisely as it was written",
        arguments: [
            ("2024-05-01", "2024-05-01"),
            ("2024-05-01T09:30", "2024-05-01T09:30:00"),
            ("2024-05-01 09:30:15", "2024-05-01T09:30:15"),
            ("2024-05-01T09:30:15.999Z", "2024-05-01T09:30:15Z"),
            ("2024-05-01T09:30+02:00", "2024-05-01T09:30:00+02:00"),
            ("2024-05-01T09:30-05:30", "2024-05-01T09:30:00-05:30"),
            ("2024-05-01T09:30+00:00", "2024-05-01T09:30:00Z"),
            ("2024-05-01T00:05:07-00:45", "2024-05-01T00:05:07-00:45"),
        ])
    func iso8601(_ text: String, _ expected: String) throws {
        let date = try #require(ContentDate(parsing: text))
        #expect(date.iso8601 == expected)
        // What it writes reads back as the same date.
        #expect(ContentDate(parsing: date.iso8601) == date)
    }

    @Test("isoDay is the day alone, zero padded")
    func isoDay() throws {
        #expect(try #require(ContentDate(parsing: "2024-05-01T23:59:59+14:00")).isoDay == "2024-05-01")
        #expect(ContentDate(year: 987, month: 3, day: 4).isoDay == "0987-03-04")
        #expect(ContentDate(year: 987, month: 3, day: 4).iso8601 == "0987-03-04")
        let date = try #require(ContentDate(parsing: "2024-11-09"))
        #expect(ContentDate(parsing: date.isoDay) == date)
    }

    @Test("orders by day, then by the time as written")
    func ordering() throws {
        let texts = ["2024-05-01T10:00", "2023-12-31", "2024-05-01", "2024-05-01T09:30", "2024-01-15", "2025-01-01T00:00"]
        let dates = try texts.map { try #require(ContentDate(parsing: $0)) }
        #expect(
            dates.sorted().map(\.iso8601) == [
                "2023-12-31", "2024-01-15", "2024-05-01", "2024-05-01T09:30:00", "2024-05-01T10:00:00", "2025-01-01T00:00:00",
            ])
        let may = try #require(ContentDate(parsing: "2024-05-01"))
        let june = try #require(ContentDate(parsing: "2024-06-01"))
        #expect(may < june)
        #expect(!(june < may))
        #expect(!(may < may))
        // Offsets are not applied: 10:00+02:00 (08:00 UTC) still sorts after 09:00Z.
        let late = try #require(ContentDate(parsing: "2024-05-01T10:00+02:00"))
        let early = try #require(ContentDate(parsing: "2024-05-01T09:00Z"))
        #expect(early < late)
    }

    @Test("equal dates are equal and hash alike")
    func equality() throws {
        let a = try #require(ContentDate(parsing: "2024-05-01T09:30:00+02:00"))
        let b = try #require(ContentDate(parsing: "2024-05-01 09:30 +02:00"))
        #expect(a == b)
        #expect(Set([a, b]).count == 1)
        #expect(a != (try #require(ContentDate(parsing: "2024-05-01T09:30:00+01:00"))))
    }
}

extension ContentDateUnitTests {
    /// `Comparable` requires that exactly one of `a < b`, `a == b`, `b < a`
    /// holds. `<` ignores the offset and treats "no time" as midnight, while
    /// `==` compares every stored field, so some pairs are neither.
    @Test(
        "ordering agrees with equality (Comparable trichotomy)",
        arguments: [
            ("2024-05-01", "2024-05-01T00:00"),
            ("2024-05-01T10:00+02:00", "2024-05-01T10:00Z"),
            ("2024-05-01T10:00", "2024-05-01T10:00-05:00"),
        ])
    func trichotomy(_ first: String, _ second: String) throws {
        let a = try #require(ContentDate(parsing: first))
        let b = try #require(ContentDate(parsing: second))
        let holding = [a < b, a == b, b < a].filter { $0 }.count
        #expect(holding == 1)
    }
}

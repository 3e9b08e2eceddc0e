import Testing

@testable import SiteGen

@Suite("Unit: OpeningSpan")
struct OpeningSpanUnitTests {
    @Test("one span and a list of spans")
    func list() throws {
        let spans = try #require(OpeningSpan.parseList("07:00-13:30, 15:30-19:30"))
        #expect(spans == [OpeningSpan(opens: 7 * 60, closes: 13 * 60 + 30), OpeningSpan(opens: 15 * 60 + 30, closes: 19 * 60 + 30)])
        #expect(spans.allSatisfy { !$0.passesMidnight })

        let one = try #require(OpeningSpan.parseList("09:00-12:00"))
        #expect(one == [OpeningSpan(opens: 540, closes: 720)])
    }

    @Test("spaces around times and single-digit hours")
    func lenientSpacing() throws {
        #expect(
            OpeningSpan.parseList("  8:00 - 12:00 ,14:00-18:00 ") == [
                OpeningSpan(opens: 480, closes: 720), OpeningSpan(opens: 840, closes: 1080),
            ])
    }

    @Test("a span past midnight")
    func pastMidnight() throws {
        let spans = try #require(OpeningSpan.parseList("22:00-02:00"))
        #expect(spans == [OpeningSpan(opens: 22 * 60, closes: 2 * 60)])
        #expect(spans[0].passesMidnight)
        let toMidnight = try #require(OpeningSpan.parseList("18:00-00:00"))
        #expect(toMidnight[0].passesMidnight)
    }

    @Test("24:00 closes the day and is the only hour 24 allowed")
    func twentyFour() throws {
        let spans = try #require(OpeningSpan.parseList("00:00-24:00"))
        #expect(spans == [OpeningSpan(opens: 0, closes: 1440)])
        #expect(!spans[0].passesMidnight)
        #expect(OpeningSpan.parseList("20:00-24:30") == nil)
        #expect(OpeningSpan.parseList("20:00-24:01") == nil)
        #expect(OpeningSpan.parseList("20:00-25:00") == nil)
    }

    @Test(
        "malformed hours",
        arguments: [
            "", " ", "closed", "08:00", "08:00-", "-12:00", "08:00-12:00-14:00", "08:0-12:00",
            "08:000-12:00", "108:00-12:00", "08:60-12:00", "08:00-08:00", "24:00-24:00", "08:00-12:00; 14:00-18:00",
            "08:00-12:00, 14:00", "ab:cd-12:00", "08:00:00-12:00", ",", "25h-26h", "9h-25h", "9h60-12h", "9:-12:",
            "9.-12.", "9h3-12h", "9x-12x", "9hh-12h", "h-12h", "9 30-12 00", "8–12–14",
        ])
    func malformed(_ text: String) {
        #expect(OpeningSpan.parseList(text) == nil)
    }

    /// `Int("+8")` is 8, so a sign slips through the two-character check.
    @Test("a signed hour or minute is malformed", arguments: ["+8:00-12:00", "08:+5-12:00", "08:00-+9:00"])
    func signed(_ text: String) {
        #expect(OpeningSpan.parseList(text) == nil)
    }

    @Test(
        "clock writes HH:MM",
        arguments: [
            (0, "00:00"), (5, "00:05"), (60, "01:00"), (420, "07:00"), (605, "10:05"), (810, "13:30"), (1439, "23:59"), (1440, "24:00"),
        ])
    func clock(_ minutes: Int, _ expected: String) {
        #expect(OpeningSpan.clock(minutes) == expected)
    }

    @Test("clock reads back what parseList read", arguments: ["07:00-13:30", "22:00-02:00", "00:00-24:00", "09:05-09:10"])
    func roundTrip(_ text: String) throws {
        let span = try #require(OpeningSpan.parseList(text)?.first)
        #expect("\(OpeningSpan.clock(span.opens))-\(OpeningSpan.clock(span.closes))" == text)
    }
}

import Testing

@testable import SiteGen
@testable import SiteGenCore

@Suite("Unit: DateFormatting")
struct DateFormattingUnitTests {
    @Test(
        "long dates in each language",
        arguments: [
            ("fr", "2024-05-01", "1er mai 2024"),
            ("fr", "2024-03-12", "12 mars 2024"),
            ("fr", "2024-08-02", "2 août 2024"),
            ("fr", "2024-12-31", "31 décembre 2024"),
            ("fr-CA", "2024-02-01", "1er février 2024"),
            ("FR", "2024-01-21", "21 janvier 2024"),
            ("en", "2024-05-01", "May 1, 2024"),
            ("en", "2024-03-12", "March 12, 2024"),
            ("en-US", "2024-12-25", "December 25, 2024"),
            ("de", "2024-05-01", "1. Mai 2024"),
            ("de", "2024-03-12", "12. März 2024"),
            ("de-AT", "2024-10-03", "3. Oktober 2024"),
            ("es", "2024-05-01", "1 de mayo de 2024"),
            ("es", "2024-09-15", "15 de septiembre de 2024"),
            ("it", "2024-05-01", "1º maggio 2024"),
            ("it", "2024-06-30", "30 giugno 2024"),
            ("nl", "2024-05-01", "1 mei 2024"),
            ("nl", "2024-03-12", "12 maart 2024"),
            ("xx", "2024-05-01", "1 May 2024"),
            ("", "2024-07-04", "4 July 2024"),
        ])
    func long(language: String, date: String, expected: String) throws {
        let parsed = try #require(ContentDate(parsing: date))
        #expect(DateFormatting(language: language).long(parsed) == expected)
    }

    @Test("every month has its own name", arguments: ["fr", "en", "de", "es", "it", "nl", "xx"])
    func twelveDistinctMonths(language: String) {
        let formatting = DateFormatting(language: language)
        let names = (1...12).map { formatting.long(ContentDate(year: 2024, month: $0, day: 15)) }
        #expect(Set(names).count == 12)
        #expect(names.allSatisfy { $0.contains("15") && $0.contains("2024") })
    }

    @Test("the time and offset of a date are not shown")
    func timeIgnored() throws {
        let date = try #require(ContentDate(parsing: "2024-05-01T23:30:00-05:00"))
        #expect(DateFormatting(language: "en").long(date) == "May 1, 2024")
    }

    @Test("only the first day of the month is 1er in French")
    func frenchOrdinal() {
        let formatting = DateFormatting(language: "fr")
        #expect(formatting.long(ContentDate(year: 2024, month: 5, day: 11)) == "11 mai 2024")
        #expect(formatting.long(ContentDate(year: 2024, month: 5, day: 21)) == "21 mai 2024")
    }
}

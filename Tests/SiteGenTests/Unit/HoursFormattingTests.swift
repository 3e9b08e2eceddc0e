import Testing

@testable import SiteGen

@Suite("Unit: HoursFormatting")
struct HoursFormattingUnitTests {
    private let morning = OpeningSpan(opens: 7 * 60, closes: 13 * 60 + 30)
    private let afternoon = OpeningSpan(opens: 15 * 60 + 30, closes: 19 * 60 + 30)
    private let french = HoursFormatting(language: "fr", closedWord: "Fermé")
    private let english = HoursFormatting(language: "en", closedWord: "Closed")

    @Test("spans are written with an en dash and joined with a comma")
    func spans() {
        #expect(english.spans([morning, afternoon]) == "07:00–13:30, 15:30–19:30")
        #expect(english.spans([morning]) == "07:00–13:30")
        #expect(english.spans([OpeningSpan(opens: 9 * 60 + 5, closes: 12 * 60)]) == "09:05–12:00")
    }

    @Test("ranges are the same spans one by one, for a table that puts one a line")
    func ranges() {
        #expect(english.ranges([morning, afternoon]) == ["07:00–13:30", "15:30–19:30"])
        #expect(french.ranges([]) == ["Fermé"])
    }

    @Test("no span is the closed word, as given")
    func closed() {
        #expect(english.spans([]) == "Closed")
        #expect(french.spans([]) == "Fermé")
    }

    @Test("a span past midnight, and one ending at midnight")
    func midnight() {
        #expect(english.spans([OpeningSpan(opens: 22 * 60, closes: 2 * 60)]) == "22:00–02:00")
        #expect(english.spans([OpeningSpan(opens: 18 * 60, closes: 24 * 60)]) == "18:00–24:00")
        #expect(english.spans([OpeningSpan(opens: 0, closes: 30)]) == "00:00–00:30")
    }

    @Test("a French week: runs of equal days, \" : \" and a lower-case closed word")
    func frenchWeek() {
        let week = WeeklyHours(days: [
            .monday: [], .tuesday: [morning, afternoon], .wednesday: [morning, afternoon], .thursday: [morning, afternoon],
            .friday: [morning, afternoon], .saturday: [morning], .sunday: [],
        ])
        #expect(
            french.weekSummary(week) == [
                "Lundi : fermé",
                "Mardi – vendredi : 07:00–13:30, 15:30–19:30",
                "Samedi : 07:00–13:30",
                "Dimanche : fermé",
            ])
    }

    @Test("an English week, with \": \"")
    func englishWeek() {
        let week = WeeklyHours(days: [
            .monday: [], .tuesday: [morning, afternoon], .wednesday: [morning, afternoon], .thursday: [morning, afternoon],
            .friday: [morning, afternoon], .saturday: [morning], .sunday: [],
        ])
        #expect(
            english.weekSummary(week) == [
                "Monday: closed",
                "Tuesday – Friday: 07:00–13:30, 15:30–19:30",
                "Saturday: 07:00–13:30",
                "Sunday: closed",
            ])
    }

    @Test("a regional French tag still uses \" : \"")
    func frenchRegion() {
        let canadian = HoursFormatting(language: "fr-CA", closedWord: "Fermé")
        #expect(canadian.weekSummary(WeeklyHours(days: [.monday: [morning]])) == ["Lundi : 07:00–13:30"])
    }

    @Test("two equal days in a row are joined with a comma, not a dash")
    func twoDays() {
        let week = WeeklyHours(days: [.saturday: [morning], .sunday: [morning]])
        #expect(english.weekSummary(week) == ["Saturday, Sunday: 07:00–13:30"])
        #expect(french.weekSummary(week) == ["Samedi, dimanche : 07:00–13:30"])
        let closedTwice = WeeklyHours(days: [.monday: [], .tuesday: [], .wednesday: [morning]])
        #expect(english.weekSummary(closedTwice) == ["Monday, Tuesday: closed", "Wednesday: 07:00–13:30"])
    }

    @Test("the whole week the same is one line")
    func wholeWeek() {
        let week = WeeklyHours(days: Dictionary(uniqueKeysWithValues: Weekday.allCases.map { ($0, [morning]) }))
        #expect(english.weekSummary(week) == ["Monday – Sunday: 07:00–13:30"])
    }

    @Test("days missing from the week are left out and break a run")
    func missingDays() {
        let week = WeeklyHours(days: [.monday: [morning], .wednesday: [morning], .thursday: [morning], .sunday: []])
        #expect(
            english.weekSummary(week) == [
                "Monday: 07:00–13:30",
                "Wednesday, Thursday: 07:00–13:30",
                "Sunday: closed",
            ])
        #expect(english.weekSummary(WeeklyHours(days: [:])) == [])
    }

    @Test("different hours on neighbouring days are not grouped")
    func differentHours() {
        let week = WeeklyHours(days: [.monday: [morning], .tuesday: [morning, afternoon], .wednesday: [morning]])
        #expect(
            english.weekSummary(week) == [
                "Monday: 07:00–13:30",
                "Tuesday: 07:00–13:30, 15:30–19:30",
                "Wednesday: 07:00–13:30",
            ])
    }

    @Test("a span past midnight in the summary")
    func pastMidnightSummary() {
        let week = WeeklyHours(days: [
            .friday: [OpeningSpan(opens: 22 * 60, closes: 2 * 60)], .saturday: [OpeningSpan(opens: 22 * 60, closes: 2 * 60)],
        ])
        #expect(english.weekSummary(week) == ["Friday, Saturday: 22:00–02:00"])
    }

    @Test("German keeps the capital of the closed word and of its day names")
    func german() {
        let german = HoursFormatting(language: "de", closedWord: "Geschlossen")
        let week = WeeklyHours(days: [.monday: [], .tuesday: [morning], .wednesday: [morning], .thursday: [morning]])
        #expect(german.weekSummary(week) == ["Montag: Geschlossen", "Dienstag – Donnerstag: 07:00–13:30"])
        let austrian = HoursFormatting(language: "de-AT", closedWord: "Geschlossen")
        #expect(austrian.weekSummary(WeeklyHours(days: [.sunday: []])) == ["Sonntag: Geschlossen"])
    }

    @Test("other languages lower-case the closed word in the summary")
    func otherLanguages() {
        let spanish = HoursFormatting(language: "es", closedWord: "Cerrado")
        #expect(
            spanish.weekSummary(WeeklyHours(days: [.monday: [], .tuesday: [], .wednesday: [], .saturday: [morning]]))
                == ["Lunes – miércoles: cerrado", "Sábado: 07:00–13:30"])
        let italian = HoursFormatting(language: "it", closedWord: "Chiuso")
        #expect(italian.weekSummary(WeeklyHours(days: [.monday: [], .tuesday: [morning]])) == ["Lunedì: chiuso", "Martedì: 07:00–13:30"])
        let dutch = HoursFormatting(language: "nl", closedWord: "Gesloten")
        #expect(dutch.weekSummary(WeeklyHours(days: [.saturday: [morning], .sunday: []])) == ["Zaterdag: 07:00–13:30", "Zondag: gesloten"])
    }

    @Test("capitalised upper-cases the first letter only")
    func capitalised() {
        #expect(HoursFormatting.capitalised("mercredi") == "Mercredi")
        #expect(HoursFormatting.capitalised("élan") == "Élan")
        #expect(HoursFormatting.capitalised("") == "")
    }
}

@Suite("Unit: WeekdayNames")
struct WeekdayNamesUnitTests {
    @Test(
        "day names, Monday first",
        arguments: [
            ("fr", ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]),
            ("fr-BE", ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]),
            ("FR", ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]),
            ("en", ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]),
            ("en-GB", ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]),
            ("de", ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]),
            ("es", ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]),
            ("it", ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]),
            ("nl", ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]),
            ("xx", ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]),
        ])
    func names(_ language: String, _ expected: [String]) {
        #expect(WeekdayNames.names(language: language) == expected)
    }

    @Test("schema.org names are English and match Weekday's order")
    func schemaOrg() {
        #expect(WeekdayNames.schemaOrg.count == Weekday.allCases.count)
        #expect(WeekdayNames.schemaOrg.map { $0.lowercased() } == Weekday.allCases.map(\.rawValue))
    }
}

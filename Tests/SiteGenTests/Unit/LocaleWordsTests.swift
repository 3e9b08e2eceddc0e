import Foundation
import Testing

@testable import SiteGen
@testable import SiteGenCore

@Suite("Unit: LocaleWords")
struct LocaleWordsUnitTests {
    private let mayDay = ContentDate(year: 2024, month: 5, day: 1)

    // MARK: Dates

    @Test(
        "the six hand-made formats are kept exactly, also under the old three-letter codes",
        arguments: [
            ("en", "May 1, 2024"), ("en-US", "May 1, 2024"), ("en-GB", "1 May 2024"), ("fr", "1er mai 2024"), ("fr-BE", "1er mai 2024"),
            ("fra", "1er mai 2024"), ("de", "1. Mai 2024"), ("deu", "1. Mai 2024"), ("es", "1 de mayo de 2024"), ("it", "1º maggio 2024"),
            ("nl", "1 mei 2024"), ("nl_BE", "1 mei 2024"),
        ])
    func handMadeDates(language: String, expected: String) {
        #expect(DateFormatting(language: language).long(mayDay) == expected)
    }

    @Test("other languages are dated by the system's locale data, in their own words")
    func systemDates() {
        let polish = DateFormatting(language: "pl").long(mayDay)
        #expect(polish.contains("maja") && polish.contains("2024"))
        let japanese = DateFormatting(language: "ja").long(mayDay)
        #expect(japanese.contains("2024年") && japanese.contains("5月") && japanese.contains("1日"))
        let brazilian = DateFormatting(language: "pt-BR").long(mayDay)
        #expect(brazilian.contains("maio") && brazilian.contains("2024"))
        #expect(DateFormatting(language: "he").long(mayDay).contains("מאי"))
        #expect(DateFormatting(language: "iw").long(mayDay).contains("מאי"))
        #expect(DateFormatting(language: "br").long(mayDay).contains("Mae"))
        #expect(DateFormatting(language: "pl").long(ContentDate(year: 2024, month: 12, day: 31)).contains("grudnia"))
    }

    @Test("Arabic keeps ICU's digits: Western for ar here, Arabic-Indic where a country writes them (ar-EG)")
    func arabicDates() {
        let arabic = DateFormatting(language: "ar").long(mayDay)
        #expect(arabic.contains("مايو"))
        #expect(arabic.contains("2024") || arabic.contains("٢٠٢٤"))
        let egyptian = DateFormatting(language: "ar-EG").long(mayDay)
        #expect(egyptian.contains("مايو") && egyptian.contains("٢٠٢٤"))
        #expect(DateFormatting(language: "fa").long(mayDay).contains("۲۰۲۴"))
    }

    @Test("the calendar is Gregorian even where the language's own is not (ar-SA's Islamic one)")
    func gregorian() {
        let saudi = DateFormatting(language: "ar-SA").long(mayDay)
        #expect(saudi.contains("مايو") && saudi.contains("٢٠٢٤"), "\(saudi)")
        #expect(!saudi.contains("١٤٤٥"))
    }

    @Test(
        "a language ICU cannot date is English, not the machine's language nor ICU's placeholders",
        arguments: ["xx", "zz-ZZ", "und", "dv", "az-Arab", "", "x-klingon"])
    func unknownDates(language: String) {
        #expect(DateFormatting(language: language).long(mayDay) == "1 May 2024")
        #expect(WeekdayNames.names(language: language) == WeekdayNames.schemaOrg)
    }

    // MARK: Days and hours

    @Test("weekday names from ICU, Monday first")
    func systemWeekdays() {
        #expect(WeekdayNames.names(language: "ar") == ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"])
        let polish = WeekdayNames.names(language: "pl")
        #expect(polish.first == "poniedziałek" && polish.last == "niedziela" && polish.count == 7)
        #expect(WeekdayNames.names(language: "pt-BR").first == "segunda-feira")
    }

    @Test("the clock of languages without a table is ICU's: its separator, its padding and its digits")
    func clocks() {
        #expect(ClockFormatting(language: "fi").format(7 * 60) == "7.00")
        #expect(ClockFormatting(language: "fi").format(24 * 60) == "24.00")
        #expect(ClockFormatting(language: "fa").format(7 * 60 + 30) == "۷:۳۰")
        #expect(ClockFormatting(language: "ar-EG").format(13 * 60 + 5) == "١٣:٠٥")
        #expect(ClockFormatting(language: "pl").format(7 * 60) == "07:00")
        #expect(ClockFormatting(language: "fr").format(7 * 60) == "07:00")
        #expect(ClockFormatting(language: "xx").format(7 * 60) == "07:00")
    }

    @Test("only the hour, its separator and the minutes of an ICU time pattern are kept")
    func clockPatterns() throws {
        let lowGerman = try #require(ClockFormatting.hourAndSeparator("'Kl'. H.mm"))
        #expect(lowGerman.hourLetters == 1 && lowGerman.separator == ".")
        let occitan = try #require(ClockFormatting.hourAndSeparator("HH'h'mm"))
        #expect(occitan.hourLetters == 2 && occitan.separator == "h")
        let upperSorbian = try #require(ClockFormatting.hourAndSeparator("H:mm 'hodź'."))
        #expect(upperSorbian.hourLetters == 1 && upperSorbian.separator == ":")
        #expect(ClockFormatting.hourAndSeparator("h:mm a") == nil)
    }

    @Test("a Finnish week: ICU's day names and clock, the first name capitalised")
    func finnishWeek() {
        let morning = OpeningSpan(opens: 7 * 60, closes: 13 * 60 + 30)
        let week = WeeklyHours(days: [
            .monday: [], .tuesday: [morning], .wednesday: [morning], .thursday: [morning], .friday: [morning], .saturday: [morning],
            .sunday: [],
        ])
        #expect(
            HoursFormatting(language: "fi", closedWord: "Closed").weekSummary(week) == [
                "Maanantai: closed", "Tiistai – lauantai: 7.00–13.30", "Sunnuntai: closed",
            ])
    }

    // MARK: Names and directions

    @Test(
        "a language's own name, capitalised as a menu item",
        arguments: [
            ("fr", "Français"), ("fr-XX", "Français"), ("en", "English"), ("nl", "Nederlands"), ("de", "Deutsch"), ("ar", "العربية"),
            ("pt-BR", "Português (Brasil)"), ("ja", "日本語"), ("iw", "עברית"), ("pl", "Polski"), ("dv", "ދިވެހިބަސް"),
        ])
    func ownNames(language: String, expected: String) {
        #expect(LanguageNames.ownName(language: language) == expected)
    }

    @Test("no own name for a language ICU does not know", arguments: ["xx", "und", "", "x-klingon", "az-Arab"])
    func noOwnName(language: String) {
        #expect(LanguageNames.ownName(language: language) == nil)
    }

    @Test(
        "the direction of writing, by the script when the tag names one, else by the language",
        arguments: [
            ("ar", "rtl"), ("ar-EG", "rtl"), ("ar_MA", "rtl"), ("he", "rtl"), ("iw", "rtl"), ("fa", "rtl"), ("ur", "rtl"), ("ps", "rtl"),
            ("sd", "rtl"), ("ug", "rtl"), ("yi", "rtl"), ("dv", "rtl"), ("ckb", "rtl"), ("az-Arab", "rtl"), ("pa-Arab", "rtl"),
            ("uz-Arab-AF", "rtl"), ("ar-Latn", "ltr"), ("en", "ltr"), ("fr", "ltr"), ("az", "ltr"), ("pa", "ltr"), ("ja", "ltr"), ("", "ltr"),
        ])
    func directions(language: String, expected: String) {
        #expect(TextDirection.of(language: language) == expected)
    }

    @Test("the list of right-to-left languages and scripts agrees with ICU on every locale it has")
    func directionsAgreeWithICU() {
        for identifier in Locale.availableIdentifiers {
            let icu = Locale.Language(identifier: identifier).characterDirection == .rightToLeft ? "rtl" : "ltr"
            #expect(TextDirection.of(language: identifier) == icu, "\(identifier)")
        }
    }

    // MARK: Theme texts

    @Test("every table has every key, and no other")
    func completeTables() {
        for (language, table) in ThemeTexts.tables {
            #expect(Set(table.keys) == Set(ThemeTexts.keys), "\(language)")
            #expect(table.values.allSatisfy { !$0.isEmpty }, "\(language)")
        }
        #expect(Set(ThemeTexts.tables.keys) == ["en", "fr", "de", "es", "it", "nl", "ar"])
    }

    @Test("the keys said in English: all without a table, none with one")
    func missingKeys() {
        #expect(ThemeTexts.missingKeys(language: "pt") == ThemeTexts.keys)
        #expect(ThemeTexts.missingKeys(language: "xx") == ThemeTexts.keys)
        #expect(ThemeTexts.missingKeys(language: "en").isEmpty)
        #expect(ThemeTexts.missingKeys(language: "ar-MA").isEmpty)
        #expect(ThemeTexts.missingKeys(language: "fr-CA").isEmpty)
    }

    @Test("a key a table lacks is filled from English, key by key")
    func filledFromEnglish() {
        let partial = ThemeTexts(own: ["closed": "Zamknięte"])
        #expect(partial.strings["closed"] == "Zamknięte")
        #expect(partial.strings["hours"] == "Opening hours")
        #expect(partial.strings.count == ThemeTexts.keys.count)
        #expect(ThemeTexts(language: "pt").strings == ThemeTexts.tables["en"])
    }

    @Test("Arabic words, and the language switcher's name in every language")
    func arabicAndLanguages() {
        let arabic = ThemeTexts(language: "ar-EG")
        #expect(arabic.strings["closed"] == "مغلق")
        #expect(arabic.strings["hours"] == "ساعات العمل")
        #expect(arabic.strings["languages"] == "اللغات")
        let switcher = ["en", "fr", "de", "es", "it", "nl"].map { ThemeTexts(language: $0).strings["languages"] }
        #expect(switcher == ["Languages", "Langues", "Sprachen", "Idiomas", "Lingue", "Talen"])
    }
}

import Foundation
import Testing

@testable import SiteGen
@testable import SiteGenCore

/// Issue 14: hours as owners write them in Europe, day names in their
/// language, and a weekday left out of `hours:` reported instead of lost.
@Suite("Unit: hours as owners write them")
struct OpeningHoursSpellingUnitTests {
    private let minimal = "name: Boulangerie Martin\nurl: https://www.example.fr\n"

    private func load(_ text: String) throws -> SiteConfig {
        try SiteConfigLoader().load(YAMLSource(file: "site.yml", text: text))
    }

    private func errors(_ text: String) -> [Diagnostic] {
        do {
            _ = try load(text)
        } catch {
            return (error as? DiagnosticsError)?.diagnostics ?? []
        }
        Issue.record("expected site.yml to be refused")
        return []
    }

    private func location(_ line: Int, _ column: Int) -> SiteGenCore.SourceLocation {
        SiteGenCore.SourceLocation(file: "site.yml", line: line, column: column)
    }

    /// The spans as every output writes them: `09:00-18:00`.
    private func normalised(_ text: String) -> String? {
        OpeningSpan.parseList(text)?.map { "\(OpeningSpan.clock($0.opens))-\(OpeningSpan.clock($0.closes))" }.joined(separator: ", ")
    }

    private let week = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    @Test(
        "European spellings of a span are normalised",
        arguments: [
            "09:00-18:00", "9:00-18:00", "9:00 - 18:00", "9h-18h", "9H-18H", "9h00-18h00", "09.00-18.00", "9-18", "09-18",
            "9h–18h", "9h—18h", "9h \u{2013} 18h", "9 h – 18 h", "9h\u{2212}18h", "9h-18:00", "\u{00A0}9h-18h\u{202F}",
        ])
    func spelling(_ text: String) {
        #expect(normalised(text) == "09:00-18:00")
    }

    @Test(
        "minutes and several spans per day",
        arguments: [
            ("9h30–18h", "09:30-18:00"), ("9 h 30 - 18 h 45", "09:30-18:45"), ("09.30-12.15", "09:30-12:15"),
            ("9h-12h, 14h-18h", "09:00-12:00, 14:00-18:00"), ("7h30-13h30,15h30-19h30", "07:30-13:30, 15:30-19:30"),
            ("8-12, 14-18", "08:00-12:00, 14:00-18:00"), ("0h-24h", "00:00-24:00"), ("18h-9h", "18:00-09:00"),
            ("22h–2h", "22:00-02:00"),
        ])
    func minutesAndLists(_ text: String, _ expected: String) {
        #expect(normalised(text) == expected)
    }

    @Test("a list of spans in YAML takes the same spellings")
    func yamlList() throws {
        let config = try load(minimal + "hours:\n  monday: [9h-12h, 14h–18h]\n" + week.dropFirst().map { "  \($0): closed\n" }.joined())
        #expect(config.hours?.days[.monday] == [OpeningSpan(opens: 540, closes: 720), OpeningSpan(opens: 840, closes: 1080)])
        #expect(config.warnings.isEmpty)
    }

    @Test(
        "day names in each language, in any case, with or without accents",
        arguments: [
            ("fr", ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]),
            ("nl", ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]),
            ("de", ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]),
            ("es", ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]),
            ("it", ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]),
            ("en", ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]),
        ])
    func dayNames(_ language: String, _ names: [String]) throws {
        let spellings: [(String) -> String] = [
            { $0 }, { $0.lowercased() }, { $0.uppercased() }, { $0.capitalized },
            { $0.folding(options: .diacriticInsensitive, locale: nil) },
        ]
        for spell in spellings {
            for (index, name) in names.enumerated() {
                #expect(Weekday.named(spell(name))?.day == Weekday.allCases[index], "\(spell(name))")
            }
            let lines = names.enumerated().map { index, name in "  \(spell(name)): \(index == 0 ? "closed" : "9h-18h")\n" }
            let config = try load(minimal + "language: \(language)\nhours:\n" + lines.joined())
            #expect(config.warnings.isEmpty)
            #expect(config.hours?.days.count == 7)
            #expect(config.hours?.days[.monday] == [])
            #expect(config.hours?.days[.sunday] == [OpeningSpan(opens: 540, closes: 1080)])
        }
    }

    @Test("closed in the languages of the keys", arguments: ["closed", "Closed", "fermé", "FERME", "gesloten", "geschlossen", "cerrado", "chiuso"])
    func closedWords(_ word: String) throws {
        let config = try load(minimal + "hours:\n" + week.map { "  \($0): \(word)\n" }.joined())
        #expect(config.hours?.days.values.allSatisfy(\.isEmpty) == true)
        #expect(config.hours?.days.count == 7)
    }

    @Test("a weekday left out is a warning at hours:")
    func missingDay() throws {
        let lines = week.filter { $0 != "wednesday" }.map { "  \($0): 9h-18h\n" }.joined()
        let config = try load(minimal + "hours:\n" + lines)
        #expect(
            config.warnings == [
                .warning(at: location(3, 1), "hours: wednesday is not listed; write `wednesday: closed` if the shop is closed")
            ])
        #expect(config.hours?.days[.wednesday] == nil)
    }

    @Test("several weekdays left out are named in one warning, at hours: where it is")
    func missingDays() throws {
        let config = try load(minimal + "language: fr\n\nhours:\n  monday: closed\n  tuesday: 9h-18h\n  thursday: 9h-18h\n  friday: 9h-18h\n")
        #expect(
            config.warnings == [
                .warning(
                    at: location(5, 1),
                    "hours: wednesday, saturday and sunday are not listed; write `wednesday: closed`, `saturday: closed` and `sunday: closed` if the shop is closed on those days"
                )
            ])
        let two = try load(minimal + "hours:\n" + week.dropLast(2).map { "  \($0): closed\n" }.joined())
        #expect(
            two.warnings.map(\.message) == [
                "hours: saturday and sunday are not listed; write `saturday: closed` and `sunday: closed` if the shop is closed on those days"
            ])
    }

    @Test("the missing days are named in the language of the keys")
    func missingDayInFrench() throws {
        let config = try load(
            minimal + "hours:\n  lundi: fermé\n  mardi: 9h-18h\n  jeudi: 9h-18h\n  vendredi: 9h-18h\n  samedi: 9h-18h\n  dimanche: fermé\n")
        #expect(config.warnings.map(\.message) == ["hours: mercredi is not listed; write `mercredi: closed` if the shop is closed"])
    }

    @Test("a day written without hours is a warning at its key")
    func emptyDay() throws {
        let config = try load(minimal + "hours:\n" + week.map { "  \($0):\($0 == "friday" ? "" : " closed")\n" }.joined())
        #expect(
            config.warnings == [
                .warning(at: location(8, 3), "hours.friday: no hours given; write `friday: closed` if the shop is closed that day")
            ])
    }

    @Test("the build reports the warning")
    func buildReportsIt() throws {
        let config = try load(minimal + "hours:\n  monday: closed\n")
        #expect(config.warnings.count == 1)
        #expect(config.warnings.allSatisfy { $0.severity == .warning })
    }

    @Test("an unknown key gets a suggestion among the names of every language")
    func unknownKey() {
        #expect(
            errors(minimal + "hours:\n  mercerdi: closed\n")
                == [.error(at: location(4, 3), "hours.mercerdi: unknown key; did you mean \"mercredi\"?")])
        #expect(
            errors(minimal + "hours:\n  wednsday: closed\n")
                == [.error(at: location(4, 3), "hours.wednsday: unknown key; did you mean \"wednesday\"?")])
    }

    @Test("a day given twice, in two languages, is an error at the second")
    func twice() {
        let lines = week.map { "  \($0): closed\n" }.joined()
        #expect(
            errors(minimal + "hours:\n" + lines + "  Lundi: 9h-18h\n")
                == [.error(at: location(11, 3), "hours.Lundi: monday is already listed; give each day once")])
    }

    @Test(
        "nonsense hours are errors at the value",
        arguments: [
            ("25h", "\"25h\" (\"25h\" is not a span such as 09:00-18:00)"),
            ("9h-25h", "\"9h-25h\" (\"25h\" is not a time of day such as 09:00, 9h30 or 18h)"),
            ("9h61-12h", "\"9h61-12h\" (\"9h61\" is not a time of day such as 09:00, 9h30 or 18h)"),
            ("24h-2h", "\"24h-2h\" (\"24h-2h\" opens at 24:00, the end of the day)"),
        ])
    func nonsense(_ value: String, _ problem: String) {
        let lines = week.dropFirst().map { "  \($0): closed\n" }.joined()
        let quoted = String(problem[..<problem.range(of: " (")!.lowerBound])
        let reason = problem.dropFirst(quoted.count)
        #expect(
            errors(minimal + "hours:\n" + lines + "  monday: \(value)\n")
                == [
                    .error(
                        at: location(10, 11),
                        "hours.monday: \(quoted) is not `closed` or opening hours such as \"07:00-13:30, 15:30-19:30\"\(reason)")
                ])
    }

    @Test("the JSON-LD and the pages are the same for hours written either way")
    func outputsUnchanged() throws {
        let english = try load(
            minimal + "language: fr\nhours:\n  monday: closed\n" + week.dropFirst().map { "  \($0): \"07:00-13:30, 15:30-19:30\"\n" }.joined())
        let french = try load(
            minimal + "language: fr\nhours:\n  Lundi: fermé\n  mardi: 7h-13h30, 15h30-19h30\n  Mercredi: 7h – 13h30, 15h30 – 19h30\n"
                + "  jeudi: 07.00-13.30, 15.30-19.30\n  vendredi: 7:00 - 13:30, 15:30 - 19:30\n  samedi: [7h-13h30, 15h30-19h30]\n"
                + "  DIMANCHE: 7h—13h30,15h30—19h30\n")
        #expect(english.hours == french.hours)
        func json(_ config: SiteConfig) throws -> String {
            let data = try JSONSerialization.data(
                withJSONObject: StructuredDataGenerator(config: config, profiles: []).openingHours(), options: [.sortedKeys])
            return String(decoding: data, as: UTF8.self)
        }
        #expect(try json(english) == json(french))
        let specifications = StructuredDataGenerator(config: french, profiles: []).openingHours()
        #expect(specifications.map { $0["opens"] as? String } == ["07:00", "15:30"])
        #expect(specifications.map { $0["closes"] as? String } == ["13:30", "19:30"])
        let format = HoursFormatting(language: "fr", closedWord: "Fermé")
        #expect(format.weekSummary(try #require(french.hours)) == ["Lundi : fermé", "Mardi – dimanche : 07:00–13:30, 15:30–19:30"])
    }
}

/// Names of the days of the week in the site's language, Monday first, in
/// lower case where the language writes them so ("lundi", "poniedziałek", "الاثنين"):
/// from tables for the six languages sitegen had first, from the system's
/// locale data for the others, English when it has none (see `LanguageData`).
enum WeekdayNames {
    static func names(language: String) -> [String] {
        switch LanguageData(language: language) {
        case .handMade(let code): handMade(code)
        case .system(let locale): mondayFirst(LanguageData.calendar(for: locale).standaloneWeekdaySymbols) ?? handMade("en")
        case .unknown: handMade("en")
        }
    }

    /// The English names schema.org uses (`https://schema.org/Monday`).
    static let schemaOrg = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    private static func handMade(_ code: String) -> [String] {
        switch code {
        case "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
        case "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
        case "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
        case "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
        case "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
        default: schemaOrg
        }
    }

    /// ICU lists the week from Sunday, whatever day it starts on where the language is spoken.
    private static func mondayFirst(_ sundayFirst: [String]) -> [String]? {
        guard sundayFirst.count == 7 else { return nil }
        return Array(sundayFirst.dropFirst()) + [sundayFirst[0]]
    }
}

import Foundation
import SiteGenCore

/// Dates written out for readers in the site's language ("1 mai 2024",
/// "May 1, 2024"): from tables for the six languages sitegen had first, so
/// that their sites keep their exact bytes, and from the system's locale data
/// for the others ("1 maja 2024", "2024年5月1日"); English when it has none.
/// Either way every machine builds the same bytes (see `LanguageData`).
struct DateFormatting {
    let language: String
    /// American English writes the month first; British and other English the day.
    private let monthFirst: Bool
    /// ICU's long date, for a language without a table here.
    private let systemStyle: Date.FormatStyle?

    init(language: String) {
        let tag = language.lowercased()
        monthFirst = tag == "en" || tag == "en-us"
        switch LanguageData(language: language) {
        case .handMade(let code):
            self.language = code
            systemStyle = nil
        case .system(let locale):
            self.language = LanguageData.languageCode(language)
            let calendar = LanguageData.calendar(for: locale)
            systemStyle = Date.FormatStyle(date: .long, time: .omitted, locale: locale, calendar: calendar, timeZone: calendar.timeZone)
        case .unknown:
            self.language = LanguageData.languageCode(language)
            systemStyle = nil
        }
    }

    func long(_ date: ContentDate) -> String {
        if let systemStyle, let day = systemStyle.calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day)) {
            return day.formatted(systemStyle)
        }
        let month = monthNames[date.month - 1]
        switch language {
        case "en" where monthFirst: return "\(month) \(date.day), \(date.year)"
        case "de": return "\(date.day). \(month) \(date.year)"
        case "fr": return "\(date.day == 1 ? "1er" : String(date.day)) \(month) \(date.year)"
        case "it": return "\(date.day == 1 ? "1º" : String(date.day)) \(month) \(date.year)"
        default: return "\(date.day) \(month) \(date.year)"
        }
    }

    private var monthNames: [String] {
        switch language {
        case "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
        case "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
        case "es":
            [
                "de enero de", "de febrero de", "de marzo de", "de abril de", "de mayo de", "de junio de", "de julio de", "de agosto de",
                "de septiembre de", "de octubre de", "de noviembre de", "de diciembre de",
            ]
        case "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"]
        case "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
        default: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        }
    }
}

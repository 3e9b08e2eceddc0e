import SiteGenCore

/// Dates written out for readers in the site's language ("1 mai 2024",
/// "May 1, 2024"), from tables rather than the system locale, so that every
/// machine builds the same bytes.
struct DateFormatting {
    let language: String
    /// American English writes the month first; British and other English the day.
    private let monthFirst: Bool

    init(language: String) {
        let tag = language.lowercased()
        self.language = String(tag.prefix(2))
        monthFirst = tag == "en" || tag == "en-us"
    }

    func long(_ date: ContentDate) -> String {
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

/// Names of the days of the week in the site's language, Monday first.
enum WeekdayNames {
    static func names(language: String) -> [String] {
        switch String(language.lowercased().prefix(2)) {
        case "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
        case "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
        case "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
        case "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
        case "nl": ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
        default: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        }
    }

    /// The English names schema.org uses (`https://schema.org/Monday`).
    static let schemaOrg = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
}

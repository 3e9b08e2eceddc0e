import SiteGenCore

/// Details that go stale: a warning when the hours or the contact details
/// were last checked more than a year ago, and when every special date of
/// `special_hours` has passed (holidays of last year still listed).
struct StalenessCheck {
    var config: SiteConfig
    var today: ContentDate

    func warnings(siteFile: String) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        let yearAgo = ContentDate(
            year: today.year - 1, month: today.month, day: min(today.day, ContentDate.daysIn(month: today.month, year: today.year - 1)))
        for (key, what) in [("hours", "opening hours"), ("contact", "contact details")] {
            let date = key == "hours" ? config.lastVerified.hours : config.lastVerified.contact
            let location = config.locations["last_verified.\(key)"] ?? config.locations["last_verified"] ?? SourceLocation(file: siteFile)
            if let date, date < yearAgo {
                warnings.append(
                    .warning(
                        at: location,
                        "last_verified.\(key): the \(what) were last checked on \(date.isoDay), over a year ago; check them and update the date"))
            }
        }
        if !config.specialHours.isEmpty, config.specialHours.allSatisfy({ $0.through < today }) {
            let location = config.locations["special_hours"] ?? SourceLocation(file: siteFile)
            warnings.append(.warning(at: location, "special_hours: every date has passed; remove them or add the coming ones"))
        }
        return warnings
    }
}

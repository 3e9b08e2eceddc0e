/// Opening hours written out for people, in the site's language.
struct HoursFormatting {
    var language: String
    var closedWord: String

    /// "07:00–13:30, 15:30–19:30", or "Closed".
    func spans(_ spans: [OpeningSpan]) -> String {
        ranges(spans).joined(separator: ", ")
    }

    /// ["07:00–13:30", "15:30–19:30"], or ["Closed"]: one range a line in
    /// the contact page's table, so that none is cut at its dash. The clock
    /// is the language's: "7.00–13.30" in Finnish (see `ClockFormatting`).
    func ranges(_ spans: [OpeningSpan]) -> [String] {
        guard !spans.isEmpty else { return [closedWord] }
        let clock = ClockFormatting(language: language)
        return spans.map { "\(clock.format($0.opens))–\(clock.format($0.closes))" }
    }

    /// One line per run of days with the same hours: "Tuesday – Friday: 07:00–13:30".
    /// Days missing from `site.yml` are left out rather than called closed.
    func weekSummary(_ hours: WeeklyHours) -> [String] {
        let names = WeekdayNames.names(language: language)
        let code = LanguageData.languageCode(language)
        let separator = code == "fr" ? " : " : ": "
        var lines: [String] = []
        var index = 0
        let days = Weekday.allCases
        while index < days.count {
            guard let spans = hours.days[days[index]] else {
                index += 1
                continue
            }
            var end = index
            while end + 1 < days.count, hours.days[days[end + 1]] == spans { end += 1 }
            let first = Self.capitalised(names[index])
            let label = end == index ? first : (end == index + 1 ? "\(first), \(names[end])" : "\(first) – \(names[end])")
            // "Monday: closed", in the middle of a sentence (German keeps its capital).
            let hoursText = spans.isEmpty && code != "de" ? closedWord.lowercased() : self.spans(spans)
            lines.append(label + separator + hoursText)
            index = end + 1
        }
        return lines
    }

    static func capitalised(_ word: String) -> String {
        word.prefix(1).uppercased() + word.dropFirst()
    }
}

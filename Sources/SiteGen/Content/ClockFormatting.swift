import Foundation

/// A time of day on the 24-hour clock as the site's language writes it:
/// `07:00` in the six languages sitegen had first and in English, as
/// `site.yml` has it, and from the system's locale data for the others:
/// `7.00` in Finnish, `07h00` in Occitan, `۷:۰۰` in Persian.
///
/// Of ICU's pattern only the hour, its separator and the minutes are kept:
/// the words a few languages put around a time (Low German's `Kl. 7.00`)
/// would be said twice in every range.
struct ClockFormatting {
    /// How a language without a table here writes the time, when ICU knows it.
    private struct SystemClock {
        var padsHour: Bool
        var separator: String
        /// The language's digits, zero to nine: `۰` to `۹` in Persian.
        var digits: [Character]
    }

    private let system: SystemClock?

    init(language: String) {
        guard case .system(let locale) = LanguageData(language: language) else {
            system = nil
            return
        }
        let pattern = DateFormatter.dateFormat(fromTemplate: "Hm", options: 0, locale: locale) ?? "HH:mm"
        let (hourLetters, separator) = Self.hourAndSeparator(pattern) ?? (2, ":")
        let digits = (0...9).map { $0.formatted(.number.locale(locale).grouping(.never)) }
        system = SystemClock(
            padsHour: hourLetters > 1, separator: separator,
            digits: digits.allSatisfy { $0.count == 1 } ? digits.map { $0.first! } : Array("0123456789"))
    }

    /// `minutes` since midnight, up to 24:00 (a shop that closes at midnight).
    func format(_ minutes: Int) -> String {
        guard let system else { return OpeningSpan.clock(minutes) }
        let hours = minutes / 60
        let rest = minutes % 60
        let written = (system.padsHour && hours < 10 ? "0" : "") + "\(hours)" + system.separator + (rest < 10 ? "0" : "") + "\(rest)"
        return String(written.map { character in character.isASCII ? character.wholeNumberValue.map { system.digits[$0] } ?? character : character })
    }

    /// How many `H` the pattern has, and what it writes between them and
    /// the `m`s: (2, ":") for `HH:mm`, (1, ".") for `'Kl'. H.mm`, (2, "h")
    /// for `HH'h'mm`. Nil for a pattern without both.
    static func hourAndSeparator(_ pattern: String) -> (hourLetters: Int, separator: String)? {
        var hourLetters = 0
        var separator = ""
        var quoted = false
        var characters = pattern.makeIterator()
        while let character = characters.next() {
            if character == "'" {
                quoted.toggle()
                continue
            }
            if !quoted, character == "m" { return hourLetters > 0 ? (hourLetters, separator) : nil }
            if !quoted, character == "H" {
                guard separator.isEmpty else { return nil }
                hourLetters += 1
            } else if hourLetters > 0 {
                separator.append(character)
            }
        }
        return nil
    }
}

import Foundation
import SiteGenCore

/// A span of opening time within a day, in minutes since midnight. A span that
/// passes midnight ("22:00-02:00") has `closes` smaller than `opens`.
public struct OpeningSpan: Sendable, Hashable {
    public var opens: Int
    public var closes: Int

    /// "22:00-02:00"; "18:00-24:00" ends at midnight and does not pass it.
    public var passesMidnight: Bool { closes < opens }

    /// `HH:MM` of a number of minutes since midnight.
    public static func clock(_ minutes: Int) -> String {
        let hours = minutes / 60
        let rest = minutes % 60
        return (hours < 10 ? "0" : "") + "\(hours):" + (rest < 10 ? "0" : "") + "\(rest)"
    }

    /// Parses `"07:00-13:30, 15:30-19:30"`; `nil` if any span is malformed.
    /// See `parse(_:)` for the spellings accepted.
    static func parseList(_ text: String) -> [OpeningSpan]? {
        if case .success(let spans) = parse(text) { return spans }
        return nil
    }

    /// Why a text is not a list of spans, in words for the owner.
    struct Problem: Error, Equatable {
        var reason: String
        /// The text as a whole is not hours ("open"): the reason adds nothing.
        var isWholeText = false
    }

    /// Parses spans separated by commas, each written as people write them in
    /// Europe: `09:00-18:00`, `9:00 - 18:00`, `9h-18h`, `9h30–18h`, `9 h 30 – 18 h`,
    /// `09.00-18.00` or whole hours `9-18`, with a hyphen, an en or an em dash.
    /// A span whose closing time is earlier passes midnight (`22h-2h`).
    static func parse(_ text: String) -> Result<[OpeningSpan], Problem> {
        var spans: [OpeningSpan] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let written = part.trimmingCharacters(in: .whitespaces)
            let bounds = written.split(omittingEmptySubsequences: false) { dashes.contains($0) }
            guard bounds.count == 2 else {
                let reason =
                    written.isEmpty
                    ? "a span is empty"
                    : bounds.count > 2
                        ? "\"\(written)\" has more than one dash; separate spans with a comma"
                        : "\"\(written)\" is not a span such as 09:00-18:00"
                // "open" is not hours at all: the reason would say it twice.
                let isWhole = written == text.trimmingCharacters(in: .whitespaces) && !written.contains { $0.isNumber }
                return .failure(Problem(reason: reason, isWholeText: isWhole))
            }
            var times: [Int] = []
            for bound in bounds {
                let time = String(bound.filter { !$0.isWhitespace })
                guard let value = minutes(time) else {
                    let reason =
                        time.isEmpty
                        ? "\"\(written)\" lacks a time" : "\"\(time)\" is not a time of day such as 09:00, 9h30 or 18h"
                    return .failure(Problem(reason: reason))
                }
                times.append(value)
            }
            guard times[0] != times[1] else { return .failure(Problem(reason: "\"\(written)\" opens and closes at the same time")) }
            // 24:00 may only close a day.
            guard times[0] < 24 * 60 else { return .failure(Problem(reason: "\"\(written)\" opens at 24:00, the end of the day")) }
            spans.append(OpeningSpan(opens: times[0], closes: times[1]))
        }
        return spans.isEmpty ? .failure(Problem(reason: "no opening hours")) : .success(spans)
    }

    /// Hyphen, its Unicode twins, the figure dash, the en and em dashes and the minus sign.
    private static let dashes: Set<Character> = ["-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}"]

    /// `9`, `09`, `9h`, `9h30`, `9H30`, `9:30`, `09.30`; 24:00 and no later.
    private static func minutes(_ text: String) -> Int? {
        let characters = Array(text)
        let digits = characters.prefix { $0.isASCII && $0.isNumber }
        guard (1...2).contains(digits.count), let hours = Int(String(digits)) else { return nil }
        let rest = characters.dropFirst(digits.count)
        var minutes = 0
        if let separator = rest.first {
            guard ["h", "H", ":", "."].contains(separator) else { return nil }
            let after = rest.dropFirst()
            // "9h" is nine o'clock; "9:" and "9." are not finished.
            if !(after.isEmpty && (separator == "h" || separator == "H")) {
                guard after.count == 2, after.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(String(after)) else { return nil }
                minutes = value
            }
        }
        guard (0...24).contains(hours), (0..<60).contains(minutes), hours < 24 || minutes == 0 else { return nil }
        return hours * 60 + minutes
    }
}

public enum Weekday: String, Sendable, CaseIterable {
    case monday, tuesday, wednesday, thursday, friday, saturday, sunday

    /// The languages whose day names `hours:` accepts besides English.
    static let keyLanguages = ["fr", "nl", "de", "es", "it"]

    /// The day a key of `hours:` names, and the language it is written in:
    /// English, French, Dutch, German, Spanish or Italian, in any case, with
    /// or without accents (`Mittwoch`, `mercredi`, `miercoles`, `MERCOLEDÌ`).
    static func named(_ key: String) -> (day: Weekday, language: String)? {
        keysByFoldedName[folded(key)]
    }

    /// Every accepted name as it is spelled, for "did you mean" suggestions.
    static let keyNames: [String] = allCases.map(\.rawValue) + keyLanguages.flatMap { WeekdayNames.names(language: $0) }

    private static let keysByFoldedName: [String: (day: Weekday, language: String)] = {
        var table: [String: (day: Weekday, language: String)] = [:]
        for language in ["en"] + keyLanguages {
            for (index, name) in WeekdayNames.names(language: language).enumerated() {
                table[folded(name)] = (allCases[index], language)
            }
        }
        return table
    }()

    /// Lower case without accents: "Miércoles" is "miercoles".
    static func folded(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespaces).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
    }

    /// `closed`, or the word in one of the languages of the keys (`fermé`, `gesloten`, `geschlossen`, `cerrado`, `chiuso`).
    static func isClosedWord(_ text: String) -> Bool {
        ["closed", "ferme", "gesloten", "geschlossen", "cerrado", "chiuso"].contains(folded(text))
    }
}

/// The usual week: for each day, closed (an empty list) or its spans.
/// A day missing from `site.yml` is unknown, not closed.
public struct WeeklyHours: Sendable, Hashable {
    public var days: [Weekday: [OpeningSpan]]
}

/// Hours that replace the usual ones on a date or a range of dates.
public struct SpecialHours: Sendable, Hashable {
    public var from: ContentDate
    public var through: ContentDate
    /// Empty when closed.
    public var spans: [OpeningSpan]
    public var note: String?
}

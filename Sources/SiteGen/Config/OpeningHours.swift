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
    static func parseList(_ text: String) -> [OpeningSpan]? {
        var spans: [OpeningSpan] = []
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let bounds = part.split(separator: "-").map { $0.trimmingCharacters(in: .whitespaces) }
            guard bounds.count == 2, let opens = minutes(bounds[0]), let closes = minutes(bounds[1]), opens != closes else { return nil }
            // 24:00 may only close a day.
            guard opens < 24 * 60 else { return nil }
            spans.append(OpeningSpan(opens: opens, closes: closes))
        }
        return spans.isEmpty ? nil : spans
    }

    private static func minutes(_ text: String) -> Int? {
        let pieces = text.split(separator: ":")
        guard pieces.count == 2, (1...2).contains(pieces[0].count), pieces[1].count == 2,
            pieces.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let hours = Int(pieces[0]), let minutes = Int(pieces[1]), (0...24).contains(hours), (0..<60).contains(minutes),
            hours < 24 || minutes == 0
        else { return nil }
        return hours * 60 + minutes
    }
}

public enum Weekday: String, Sendable, CaseIterable {
    case monday, tuesday, wednesday, thursday, friday, saturday, sunday
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

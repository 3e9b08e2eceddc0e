/// A date as the owner wrote it: a calendar day, optionally with a time and a
/// UTC offset. Kept as written rather than as an instant, so that a post dated
/// 2024-05-01 is shown on the 1st of May whatever the machine's time zone.
public struct ContentDate: Sendable, Hashable, Comparable {
    public var year: Int
    public var month: Int
    public var day: Int
    /// Seconds since midnight, when a time was given.
    public var secondsOfDay: Int?
    /// Offset from UTC in minutes, when given (`Z` is 0).
    public var utcOffsetMinutes: Int?

    public init(year: Int, month: Int, day: Int, secondsOfDay: Int? = nil, utcOffsetMinutes: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
        self.secondsOfDay = secondsOfDay
        self.utcOffsetMinutes = utcOffsetMinutes
    }

    /// Parses `YYYY-MM-DD`, optionally followed by `T` or a space and
    /// `HH:MM[:SS]` and an optional `Z` or `±HH:MM` offset.
    public init?(parsing text: String) {
        let text = text.trimmingCharacters(in: .whitespaces)
        let bytes = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[range] {
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year)
        else { return nil }
        self.init(year: year, month: month, day: day)
        guard bytes.count > 10 else { return }

        guard bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "),
            bytes.count >= 16, bytes[13] == UInt8(ascii: ":"),
            let hour = number(11..<13), let minute = number(14..<16), hour < 24, minute < 60
        else { return nil }
        var index = 16
        var second = 0
        if bytes.count >= 19, bytes[16] == UInt8(ascii: ":") {
            guard let parsed = number(17..<19), parsed < 60 else { return nil }
            second = parsed
            index = 19
            // Fractions of a second are accepted and dropped.
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 { index += 1 }
            }
        }
        secondsOfDay = hour * 3600 + minute * 60 + second
        if index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
        guard index < bytes.count else { return }
        if bytes[index] == UInt8(ascii: "Z"), index == bytes.count - 1 {
            utcOffsetMinutes = 0
            return
        }
        guard bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-"), bytes.count - index == 6,
            bytes[index + 3] == UInt8(ascii: ":"),
            let hours = number(index + 1..<index + 3), let minutes = number(index + 4..<index + 6), hours < 24, minutes < 60
        else { return nil }
        utcOffsetMinutes = (bytes[index] == UInt8(ascii: "-") ? -1 : 1) * (hours * 60 + minutes)
    }

    package static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// ISO 8601, as precise as written: `2024-05-01` or `2024-05-01T09:30:00+02:00`.
    public var iso8601: String {
        let day = "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(self.day, 2))"
        guard let secondsOfDay else { return day }
        let time = "\(Self.pad(secondsOfDay / 3600, 2)):\(Self.pad(secondsOfDay / 60 % 60, 2)):\(Self.pad(secondsOfDay % 60, 2))"
        guard let offset = utcOffsetMinutes else { return "\(day)T\(time)" }
        if offset == 0 { return "\(day)T\(time)Z" }
        let sign = offset < 0 ? "-" : "+"
        return "\(day)T\(time)\(sign)\(Self.pad(abs(offset) / 60, 2)):\(Self.pad(abs(offset) % 60, 2))"
    }

    /// A full RFC 3339 timestamp, as Atom requires: midnight for a day
    /// without a time, UTC for a time without an offset.
    public var rfc3339: String {
        var copy = self
        if copy.secondsOfDay == nil { copy.secondsOfDay = 0 }
        if copy.utcOffsetMinutes == nil { copy.utcOffsetMinutes = 0 }
        return copy.iso8601
    }

    /// Just the day, `YYYY-MM-DD`.
    public var isoDay: String {
        "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))"
    }

    /// Ordering by the day first, then the time as written, a day without a
    /// time first. Offsets are not applied (posts of one business are written
    /// in one time zone) and only break ties, so that `<` agrees with `==`.
    public static func < (lhs: ContentDate, rhs: ContentDate) -> Bool {
        (lhs.year, lhs.month, lhs.day, lhs.secondsOfDay ?? -1, lhs.utcOffsetMinutes ?? Int.min)
            < (rhs.year, rhs.month, rhs.day, rhs.secondsOfDay ?? -1, rhs.utcOffsetMinutes ?? Int.min)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

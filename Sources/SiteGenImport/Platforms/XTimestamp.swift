import Foundation

/// The time of a tweet, as X writes it: `Wed Apr 10 08:15:00 +0000 2024`.
/// English names whatever the owner's language, hence the fixed POSIX
/// locale; one formatter for a whole archive, since making one is slow.
struct XTimestamp {
    private let formatter: DateFormatter

    init() {
        formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 0)
        formatter.dateFormat = "EEE MMM dd HH:mm:ss Z yyyy"
    }

    func date(_ text: String) -> Date? {
        formatter.date(from: text)
    }
}

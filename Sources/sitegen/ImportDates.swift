import Foundation

/// The values of `sitegen import`'s options: days and sizes.
enum ImportDates {
    /// The first instant of the day, in UTC.
    static func start(of day: String) -> Date? {
        guard day.count == 10 else { return nil }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.date(from: day)
    }

    /// The last instant of the day, in UTC, so that --until includes it.
    static func end(of day: String) -> Date? {
        start(of: day).map { $0.addingTimeInterval(86_400 - 0.001) }
    }

    /// "5GB", "800MB", "1.5GB", "123456" (bytes).
    static func bytes(_ text: String) -> Int64? {
        let upper = text.uppercased().replacingOccurrences(of: " ", with: "")
        let units: [(String, Double)] = [("TB", 1e12), ("GB", 1e9), ("MB", 1e6), ("KB", 1e3), ("B", 1)]
        for (suffix, factor) in units where upper.hasSuffix(suffix) {
            guard let value = Double(upper.dropLast(suffix.count)), value > 0 else { return nil }
            return Int64(value * factor)
        }
        return Int64(upper).flatMap { $0 > 0 ? $0 : nil }
    }
}

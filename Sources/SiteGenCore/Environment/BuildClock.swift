import Foundation

/// Time as a build sees it. Pages never show the build time (two builds of the
/// same files must give the same bytes); the clock only times the steps and
/// gives "today" to the commands that need a default date.
public struct BuildClock: Sendable {
    /// A monotonic reading, for durations.
    public var elapsed: @Sendable () -> Duration
    public var now: @Sendable () -> Date

    public static let live: BuildClock = {
        let clock = ContinuousClock()
        let start = clock.now
        return BuildClock(elapsed: { clock.now - start }, now: { Date() })
    }()

    /// Today's date in the machine's time zone.
    public func today() -> ContentDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: now())
        return ContentDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }

    /// A clock that never moves, for tests.
    public static func fixed(_ date: Date) -> BuildClock {
        BuildClock(elapsed: { .zero }, now: { date })
    }
}

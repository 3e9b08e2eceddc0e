import Foundation
import SiteGen
import SiteGenCore

extension BuildClock {
    /// The clock of the commands: the machine's, unless the environment
    /// variable `SITEGEN_TEST_NOW` (seconds since 1970) fixes it, so that a
    /// test of `press add` knows what "today" is, even at midnight.
    static let command: BuildClock = {
        guard let text = ProcessInfo.processInfo.environment["SITEGEN_TEST_NOW"], let seconds = Double(text) else { return .live }
        return .fixed(Date(timeIntervalSince1970: seconds))
    }()
}

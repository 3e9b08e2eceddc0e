import Foundation
import SiteGenCore

extension Terminal {
    /// The terminal of the commands: the real one, unless the environment
    /// variable `SITEGEN_TEST_TERMINAL=1` makes a test's pipe count as one,
    /// so that a test of `press add` answers its questions.
    static let command: Terminal = {
        var terminal = Terminal.live
        if ProcessInfo.processInfo.environment["SITEGEN_TEST_TERMINAL"] == "1" { terminal.isInteractive = { true } }
        return terminal
    }()
}

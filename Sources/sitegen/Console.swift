import Foundation
import SiteGen
import SiteGenCore

/// Printing for the commands: results to standard output, problems to
/// standard error, one per line in the compiler format editors understand.
enum Console {
    /// Unbuffered, so that a pipe or a log file gets each line as it is printed (serve prints as it goes).
    static func out(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { error(diagnostic.description) }
        let errors = diagnostics.filter { $0.severity == .error }.count
        if errors > 1 { error("\(errors) errors") }
    }
}

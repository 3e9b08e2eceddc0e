import Synchronization

/// Collects problems from every step and every thread of a build, so that one
/// run reports all of them instead of stopping at the first.
package final class DiagnosticLog: Sendable {
    private let entries = Mutex<[Diagnostic]>([])

    package init() {}

    package func report(_ diagnostic: Diagnostic) {
        entries.withLock { $0.append(diagnostic) }
    }

    package func report(_ diagnostics: [Diagnostic]) {
        entries.withLock { $0.append(contentsOf: diagnostics) }
    }

    /// Runs `body`, keeping the problems it throws instead of stopping.
    package func collecting<T>(_ body: () throws(DiagnosticsError) -> T) -> T? {
        do {
            return try body()
        } catch {
            report(error.diagnostics)
            return nil
        }
    }

    var all: [Diagnostic] { entries.withLock { $0 } }
    var errors: [Diagnostic] { all.filter { $0.severity == .error } }
    package var warnings: [Diagnostic] { all.filter { $0.severity == .warning } }
    package var hasErrors: Bool { entries.withLock { $0.contains { $0.severity == .error } } }

    /// Throws every error collected so far, with the warnings, if there is any error.
    package func throwIfErrors() throws {
        let all = self.all
        if all.contains(where: { $0.severity == .error }) { throw DiagnosticsError(all) }
    }
}

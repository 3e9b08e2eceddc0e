import SiteGenCore

/// Runs the named steps of a build in order, times each for `--verbose`,
/// and keeps the step's name on any error that is not a site diagnostic.
final class StepRunner {
    private(set) var timings: [BuildReport.StepTiming] = []
    private let clock: BuildClock

    init(clock: BuildClock) {
        self.clock = clock
    }

    /// Runs a step that needs nothing made by another.
    func run<Output>(_ name: String, _ body: () throws -> Output) throws -> Output {
        let start = clock.elapsed()
        defer { timings.append(.init(name: name, duration: clock.elapsed() - start)) }
        do {
            return try body()
        } catch let diagnostics as DiagnosticsError {
            throw diagnostics
        } catch {
            throw BuildStepFailure(step: name, underlying: error)
        }
    }

    /// Runs `body` with `inputs` when every one of them is there. A missing
    /// input means the step that makes it failed and logged why, so this
    /// step, which depends on it, is skipped: it returns nil and takes no time.
    func run<First, each More, Output>(
        _ name: String, needing first: First?, _ more: repeat (each More)?, then body: (First, repeat each More) throws -> Output?
    ) throws -> Output? {
        guard let first else { return nil }
        for input in repeat each more {
            if input == nil { return nil }
        }
        return try run(name) { try body(first, repeat (each more)!) }
    }
}

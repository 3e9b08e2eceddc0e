import Foundation
import SiteGenCore

/// Builds a site: `SiteBuilder(options:).build()` is `sitegen build`.
public struct SiteBuilder: Sendable {
    public var options: BuildOptions
    public var fileSystem: FileSystem
    public var clock: BuildClock

    /// Called once, with a message to show, when another build of the same
    /// output folder is running and this one waits for it to finish.
    public var waiting: @Sendable (String) -> Void = { _ in }
    /// The swap and the lock; tests replace them.
    var outputSystem: OutputSystem = .live
    /// Makes the web fonts site.yml chooses; tests count its calls.
    var fontSubsetter: FontSubsetter = .live
    /// Whether the build records what it depended on (`LastBuildRecord`)
    /// and, before building, looks whether anything changed since the
    /// record: `sitegen build` skips, `sitegen build --force` records only.
    /// The preview and builds in memory do neither.
    public var lastBuild = LastBuildUse.ignore

    public enum LastBuildUse: Sendable {
        case ignore
        /// Build, and record the build.
        case record
        /// Leave the output as it is when nothing changed; else build and record.
        case skipWhenUnchanged
    }

    public init(options: BuildOptions, fileSystem: FileSystem = .live, clock: BuildClock = .live) {
        self.options = options
        self.fileSystem = fileSystem
        self.clock = clock
    }

    /// Runs every step; throws `DiagnosticsError` with every problem found when
    /// the site has errors, leaving the previous output as it was.
    public func build() throws -> BuildReport {
        guard lastBuild != .ignore else { return try buildKeepingState().report }
        let start = clock.elapsed()
        return try withLockedOutput { output in
            let steps = StepRunner(clock: clock)
            let inputs = try steps.run("Look for changes") { BuildFingerprint.inputs(of: options, today: clock.today()) }
            if lastBuild == .skipWhenUnchanged, let last = LastBuildRecord.read(for: options), last.fingerprint.inputs == inputs,
                try steps.run("Look at the output", { BuildFingerprint.output(options.outputDirectory) }) == last.fingerprint.output
            {
                return BuildReport(
                    pageCount: last.pageCount, redirectCount: last.redirectCount, staticFileCount: last.staticFileCount,
                    outputDirectory: options.outputDirectory, outputDisplayPath: options.display(options.outputDirectory),
                    duration: clock.elapsed() - start, steps: steps.timings, warnings: last.warnings, upToDate: true)
            }
            // Until this build succeeds, the output is no longer the one recorded.
            LastBuildRecord.remove(for: options)
            var report = try runPipeline(into: output).report
            let built = try steps.run("Record the build") { BuildFingerprint.output(options.outputDirectory) }
            let record = LastBuildRecord(
                fingerprint: BuildFingerprint(inputs: inputs, output: built),
                pageCount: report.pageCount, redirectCount: report.redirectCount, staticFileCount: report.staticFileCount,
                warnings: report.warnings)
            record.write(for: options)
            // The looks before the build's own steps, the record after them.
            let (looks, recording) = (steps.timings.dropLast(), steps.timings.suffix(1))
            report.steps = looks + report.steps + recording
            report.duration = clock.elapsed() - start
            return report
        }
    }

    /// A full build, and what a preview needs to rebuild parts of it later.
    func buildKeepingState() throws -> (report: BuildReport, snapshot: BuildSnapshot) {
        try withLockedOutput { output in try runPipeline(into: output) }
    }

    /// Runs `body` with the output folder checked before anything else is
    /// done, then locked, checked again, and cleared of what an interrupted
    /// build left.
    private func withLockedOutput<Result>(_ body: (OutputDirectory) throws -> Result) throws -> Result {
        let check = OutputFolderCheck(options: options)
        try refuse(check.placeProblem().map { "\($0), and a build replaces its output folder as a whole; choose another --output" })
        try refuse(check.contentsProblem())
        do {
            try fileSystem.createDirectory(options.outputDirectory.deletingLastPathComponent())
        } catch {
            throw DiagnosticsError(
                .error(
                    at: SourceLocation(file: options.display(options.outputDirectory)),
                    "cannot create the folder it goes in: \(error.localizedDescription)"))
        }
        let lock = try lockOutput()
        defer { lock.release() }
        let output = OutputDirectory(target: options.outputDirectory, fileSystem: fileSystem, system: outputSystem)
        do {
            try output.recoverLeftovers()
        } catch {
            throw DiagnosticsError(
                .error(
                    at: SourceLocation(file: options.display(options.outputDirectory)),
                    "cannot clean up after an interrupted build: \(error.localizedDescription)"))
        }
        // Another build may have changed the folder while this one waited.
        try refuse(check.contentsProblem())
        return try body(output)
    }

    private func runPipeline(into output: OutputDirectory) throws -> (report: BuildReport, snapshot: BuildSnapshot) {
        let environment = BuildEnvironment(
            options: options, fileSystem: fileSystem, clock: clock, log: DiagnosticLog(), fontSubsetter: fontSubsetter)
        let steps = StepRunner(clock: clock)
        let start = clock.elapsed()
        let snapshot: BuildSnapshot
        do {
            snapshot = try BuildPipeline.run(environment, into: output, steps)
            try environment.log.throwIfErrors()
        } catch {
            output.discard()
            if let diagnostics = error as? DiagnosticsError { throw diagnostics }
            throw DiagnosticsError(.error(at: SourceLocation(file: options.display(options.outputDirectory)), "\(error.localizedDescription)"))
        }
        let report = BuildReport(
            pageCount: snapshot.rendered.pageCount, redirectCount: snapshot.plan.redirects.count,
            staticFileCount: snapshot.inputs.staticFiles.count, outputDirectory: options.outputDirectory,
            outputDisplayPath: options.display(options.outputDirectory), duration: clock.elapsed() - start,
            steps: steps.timings, warnings: environment.log.warnings, written: snapshot.rendered.written, images: snapshot.images)
        return (report, snapshot)
    }

    private func refuse(_ problem: String?) throws(DiagnosticsError) {
        guard let problem else { return }
        throw DiagnosticsError(
            .error(
                at: SourceLocation(file: options.display(options.outputDirectory)),
                "cannot build into this folder: \(problem)"))
    }

    private func lockOutput() throws(DiagnosticsError) -> OutputLock {
        let name = options.outputDirectory.lastPathComponent + "/"
        let lock: OutputLock?
        do {
            lock = try OutputLock.acquire(for: options.outputDirectory, wait: options.waitForOtherBuilds, system: outputSystem) {
                waiting("waiting for another build of \(name) to finish...")
            }
        } catch {
            throw DiagnosticsError(
                .error(
                    at: SourceLocation(file: options.display(options.outputDirectory)),
                    "cannot lock the output folder: \(error)"))
        }
        guard let lock else {
            throw DiagnosticsError(
                .error(
                    at: SourceLocation(file: options.display(options.outputDirectory)),
                    "another build of \(name) is running; try again when it has finished, or leave out --no-wait to wait for it"))
        }
        return lock
    }
}

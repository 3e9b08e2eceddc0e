import Foundation

/// Builds a site: `SiteBuilder(options:).build()` is `sitegen build`.
public struct SiteBuilder: Sendable {
    public var options: BuildOptions
    public var fileSystem: FileSystem
    public var clock: BuildClock

    public init(options: BuildOptions, fileSystem: FileSystem = .live, clock: BuildClock = .live) {
        self.options = options
        self.fileSystem = fileSystem
        self.clock = clock
    }

    /// Runs every step; throws `DiagnosticsError` with every problem found when
    /// the site has errors, leaving the previous output as it was.
    public func build() throws -> BuildReport {
        try buildKeepingState().report
    }

    /// A full build, and what a preview needs to rebuild parts of it later.
    func buildKeepingState() throws -> (report: BuildReport, context: BuildContext) {
        try checkOutputLocation()
        let context = BuildContext(options: options, fileSystem: fileSystem, clock: clock)
        let start = clock.elapsed()
        var timings: [BuildReport.StepTiming] = []
        do {
            for step in BuildPipeline.steps {
                if step.needsNoErrors { try context.log.throwIfErrors() }
                let stepStart = clock.elapsed()
                try step.run(context)
                timings.append(.init(name: step.name, duration: clock.elapsed() - stepStart))
            }
            try context.log.throwIfErrors()
        } catch {
            context.output?.discard()
            if let diagnostics = error as? DiagnosticsError { throw diagnostics }
            throw DiagnosticsError(.error(at: SourceLocation(file: options.display(options.outputDirectory)), "\(error.localizedDescription)"))
        }
        let report = BuildReport(
            pageCount: context.rendered?.pageCount ?? 0, redirectCount: context.plan?.redirects.count ?? 0,
            staticFileCount: context.staticFiles.count, outputDirectory: options.outputDirectory,
            outputDisplayPath: options.display(options.outputDirectory), duration: clock.elapsed() - start,
            steps: timings, warnings: context.log.warnings, written: context.rendered?.written ?? [])
        return (report, context)
    }

    /// The output folder is replaced as a whole, so it must not be the site's
    /// folder, one of its parents, or one of the folders the site is read from.
    private func checkOutputLocation() throws(DiagnosticsError) {
        let output = options.outputDirectory.standardizedFileURL.resolvingSymlinksInPath().path
        let site = options.siteDirectory.standardizedFileURL.resolvingSymlinksInPath().path
        func isInside(_ path: String, _ folder: String) -> Bool {
            path == folder || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
        }
        let home = FileManager.default.homeDirectoryForCurrentUser.standardizedFileURL.path
        var problem: String?
        if isInside(site, output) {
            problem = "it contains the site itself"
        } else if output == "/" || output == home {
            problem = "it is not a folder of its own"
        } else if let input = ["content", "static", "templates"].first(where: { isInside(output, site + "/" + $0) }) {
            problem = "it is inside the site's \(input)/ folder"
        }
        if let problem {
            throw DiagnosticsError(.error(at: SourceLocation(file: options.display(options.outputDirectory)),
                                          "cannot build into this folder: the output folder is replaced at every build, and \(problem); choose another --output"))
        }
    }
}

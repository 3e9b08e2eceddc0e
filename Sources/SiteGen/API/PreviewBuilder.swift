import Foundation
import SiteGenCore

/// Builds for `sitegen serve`: a full build first, then, for each burst of
/// changes, what `RebuildPlanner` says is the cheapest correct rebuild, run
/// with the same renderer and generators as the full build.
///
/// Used from one thread at a time (the preview's watcher).
public final class PreviewBuilder: @unchecked Sendable {
    public let siteDirectory: URL
    public let includeDrafts: Bool
    public let baseURL: String?
    private let fileSystem: FileSystem
    private var last: BuildSnapshot?
    /// The folder of the last full build, which small rebuilds update.
    public private(set) var output: URL?

    public init(siteDirectory: URL, baseURL: String?, includeDrafts: Bool, fileSystem: FileSystem = .live) {
        self.siteDirectory = siteDirectory.standardizedFileURL
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
        self.fileSystem = fileSystem
    }

    /// A full build into `folder`, which becomes the one small rebuilds update.
    public func buildAll(into folder: URL) throws -> BuildReport {
        let options = BuildOptions(siteDirectory: siteDirectory, outputDirectory: folder, baseURL: baseURL, includeDrafts: includeDrafts)
        let (report, snapshot) = try SiteBuilder(options: options, fileSystem: fileSystem).buildKeepingState()
        last = snapshot
        output = folder
        return report
    }

    /// Rebuilds what `changed` (paths relative to the site) affects, in the
    /// folder of the last full build; `nil` when only a full build is right.
    /// Throws the site's errors, having changed nothing.
    public func update(changed: [String]) throws -> BuildReport? {
        guard let last, let output else { return nil }
        let started = ContinuousClock.now
        let environment = BuildEnvironment(
            options: last.environment.options, fileSystem: fileSystem, clock: last.environment.clock,
            log: DiagnosticLog())
        let fileChanges = try changed.map { try read($0, environment) }
        var theme = last.inputs.theme
        if fileChanges.contains(where: { if case .template = $0 { true } else { false } }) {
            guard let reloaded = LoadStage.loadTheme(environment) else {
                try environment.log.throwIfErrors()
                return nil
            }
            theme = reloaded
            PlanStage.checkTemplates(theme, last.plan, environment)
            try environment.log.throwIfErrors()
        }
        guard case .partial(let rebuild) = RebuildPlanner(last: last, theme: theme).plan(fileChanges) else { return nil }
        environment.log.report(rebuild.reloaded.flatMap(\.warnings))

        var inputs = last.inputs
        inputs.sources = rebuild.sources
        inputs.theme = theme
        let staging = OutputDirectory(updatingInPlace: output, fileSystem: fileSystem)
        do {
            try staging.prepare()
            let rendered = RenderStage.pageRenderer(inputs, rebuild.plan, last.views, last.links, staging, environment.log)
                .render(leaves: rebuild.leaves, lists: rebuild.lists, previous: last.rendered)
            // Every page's links, not only the rebuilt ones': a heading renamed breaks links from elsewhere.
            environment.log.report(FragmentCheck.errors(in: rendered, rebuild.plan))
            try environment.log.throwIfErrors()
            // A page may now show an image, or link to one, that no page did.
            let served = ServedFolder(url: output, rebuiltPages: Set(rebuild.leaves + rebuild.lists))
            _ = try ImageStage.publish(inputs, rebuild.plan, rendered, into: staging, environment, prune: false, besides: served)
            try environment.log.throwIfErrors()
            let snapshot = BuildSnapshot(
                environment: last.environment, inputs: inputs, plan: rebuild.plan, views: last.views, links: last.links, rendered: rendered)
            try RenderStage.write(rebuild.generators, from: snapshot, into: staging, changes: rebuild.changes)
            try environment.log.throwIfErrors()
            let written = staging.written
            try staging.publishInPlace()
            self.last = snapshot
            return BuildReport(
                pageCount: rebuild.leaves.count + rebuild.lists.count, redirectCount: 0,
                staticFileCount: rebuild.changes.staticFiles.count, outputDirectory: output,
                outputDisplayPath: environment.options.display(output), duration: ContinuousClock.now - started,
                steps: [], warnings: environment.log.warnings, written: written)
        } catch {
            staging.discard()
            throw error
        }
    }

    /// What a changed path is, with the page's new text read.
    private func read(_ path: String, _ environment: BuildEnvironment) throws -> SiteFileChange {
        let url = siteDirectory.appendingPathComponent(path)
        let exists = fileSystem.kind(url) == .file
        if path.hasPrefix("content/"), path.hasSuffix(".md") {
            let relative = String(path.dropFirst("content/".count))
            guard exists else { return .page(relative, nil) }
            let loader = ContentLoader(
                fileSystem: fileSystem, contentDirectory: environment.siteFile("content"),
                display: environment.options.display)
            guard let known = last?.inputs.sources.first(where: { $0.source.relativePath == relative }) else { return .other(path) }
            return .page(relative, try loader.read(known.source))
        }
        if path.hasPrefix("static/"), exists {
            return .staticFile(String(path.dropFirst("static/".count)))
        }
        if path.hasPrefix("templates/"), path.hasSuffix(".mustache"), exists {
            return .template(String(path.dropFirst("templates/".count).dropLast(".mustache".count)))
        }
        return .other(path)
    }
}

import Foundation
import SiteGen
import SiteGenCore
import Synchronization

/// `sitegen serve`: builds the site into a private temporary folder, serves
/// the latest good build on 127.0.0.1, rebuilds when the site's files
/// change, and tells open pages to reload.
public final class PreviewSession: Sendable {
    public struct Options: Sendable {
        public var siteDirectory: URL
        public var host: String
        public var port: Int
        public var includeDrafts: Bool
        public var serverLimits: PreviewServerLimits

        public init(
            siteDirectory: URL, host: String = "127.0.0.1", port: Int = 8000, includeDrafts: Bool = false,
            serverLimits: PreviewServerLimits = .init()
        ) {
            self.siteDirectory = siteDirectory
            self.host = host
            self.port = port
            self.includeDrafts = includeDrafts
            self.serverLimits = serverLimits
        }
    }

    /// One rebuild, for the terminal and for tests.
    public struct Rebuild: Sendable {
        public var changed: [String]
        public var report: BuildReport?
        public var errors: [Diagnostic]
        public var seconds: Double
        /// False when only what the changes affect was rebuilt.
        public var full: Bool = true
    }

    public let options: Options
    public let server: PreviewHTTPServer
    private let state = PreviewState()
    private let hub = LiveReloadHub()
    private let workFolder: URL
    private let generation = Mutex(0)
    private let running = Mutex(true)
    private let log: @Sendable (String) -> Void
    private let builder = Mutex<PreviewBuilder?>(nil)
    /// Files changed since the last build that succeeded: a rebuild after a
    /// failed one must take in every change the failed one did not publish.
    private let pending = Mutex<Set<String>>([])

    /// Binds the server (the first free port from `options.port` on); nothing is built yet.
    public init(options: Options, log: @escaping @Sendable (String) -> Void) throws {
        self.options = options
        self.log = log
        workFolder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-serve-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: workFolder, withIntermediateDirectories: true)
        let responder = SiteResponder(state: state, hub: hub)
        server = try PreviewHTTPServer(host: options.host, port: options.port, searchPorts: 20, limits: options.serverLimits) {
            responder.answer($0)
        }
    }

    public var url: String {
        let host =
            options.host == "0.0.0.0" ? "127.0.0.1" : options.host == "::" ? "[::1]" : options.host.contains(":") ? "[\(options.host)]" : options.host
        return "http://\(host):\(server.port)/"
    }

    /// Builds once and starts serving.
    @discardableResult
    public func start() -> Rebuild {
        let first = rebuild(changed: [])
        server.start()
        return first
    }

    /// How long the site's files must stay unchanged before a burst of changes is rebuilt.
    public static let burstQuiet = SiteWatcher.quiet

    /// Watches the site and rebuilds after each burst of changes (changes
    /// less than `quiet` seconds apart); returns after `stop()`. `onRebuild`
    /// is called once the rebuilt site is served and open pages are told to
    /// reload, and `onWatching` once every later change is sure to be seen.
    public func watch(
        quiet: Double = burstQuiet, onRebuild: @escaping @Sendable (Rebuild) -> Void = { _ in }, onWatching: () -> Void = {}
    ) {
        SiteWatcher(siteDirectory: options.siteDirectory).watch(
            quiet: quiet,
            isRunning: { running.withLock { $0 } },
            onWatching: onWatching,
            onChange: { changed in onRebuild(rebuild(changed: changed)) })
    }

    /// The cheapest correct rebuild for the changes (all of them since the
    /// last good build), or a full build into a new folder, switched to only
    /// when it succeeds; open pages are then told to reload (to show the
    /// errors, or the fix).
    public func rebuild(changed: [String]) -> Rebuild {
        // A rebuild that was under way when `stop()` removed the temporary
        // folder has made it again (a build makes its output's parent
        // folders): it is removed once more.
        defer {
            if !running.withLock({ $0 }) { try? FileManager.default.removeItem(at: workFolder) }
        }
        let all = pending.withLock {
            $0.formUnion(changed)
            return $0.sorted()
        }
        let started = Date()
        let site = builder.withLock { current in
            if current == nil {
                current = PreviewBuilder(siteDirectory: options.siteDirectory, baseURL: url, includeDrafts: options.includeDrafts)
            }
            return current!
        }
        do {
            if !all.isEmpty, state.root != nil, let report = try site.update(changed: all) {
                state.succeeded(root: site.output!)
                pending.withLock { $0 = [] }
                hub.reload()
                return Rebuild(changed: changed, report: report, errors: [], seconds: Date().timeIntervalSince(started), full: false)
            }
            let number = generation.withLock {
                $0 += 1
                return $0
            }
            let output = workFolder.appendingPathComponent("build-\(number)")
            let report = try site.buildAll(into: output)
            let previous = state.root
            state.succeeded(root: output)
            pending.withLock { $0 = [] }
            hub.reload()
            // Requests already reading the previous build get a moment to finish.
            if let previous, previous != output {
                DispatchQueue.global().asyncAfter(deadline: .now() + 5) { try? FileManager.default.removeItem(at: previous) }
            }
            return Rebuild(changed: changed, report: report, errors: [], seconds: Date().timeIntervalSince(started))
        } catch let error as DiagnosticsError {
            state.failed(error.diagnostics.filter { $0.severity == .error })
            hub.reload()
            return Rebuild(changed: changed, report: nil, errors: error.diagnostics, seconds: Date().timeIntervalSince(started))
        } catch {
            let diagnostic = Diagnostic.error(at: SourceLocation(file: options.siteDirectory.path), "\(error)")
            state.failed([diagnostic])
            hub.reload()
            return Rebuild(changed: changed, report: nil, errors: [diagnostic], seconds: Date().timeIntervalSince(started))
        }
    }

    /// Stops serving and watching and removes the temporary folder.
    public func stop() {
        running.withLock { $0 = false }
        hub.stop()
        server.stop()
        try? FileManager.default.removeItem(at: workFolder)
    }

    public var temporaryFolder: URL { workFolder }

    /// The folder of the build being served.
    public var currentRoot: URL? { state.root }
}

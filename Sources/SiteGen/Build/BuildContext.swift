import Foundation

/// The state of one build, filled in step by step.
final class BuildContext {
    let options: BuildOptions
    let fileSystem: FileSystem
    let clock: BuildClock
    let log = DiagnosticLog()

    var config: SiteConfig?
    var links: LinksManifest?
    var sources: [LoadedSource] = []
    var staticFiles: [String] = []
    var theme: Theme?
    var registry: PlatformRegistry?
    var views: ViewBuilder?
    var plan: SitePlan?
    var output: OutputDirectory?
    var rendered: PageRenderer.Result?

    init(options: BuildOptions, fileSystem: FileSystem, clock: BuildClock) {
        self.options = options
        self.fileSystem = fileSystem
        self.clock = clock
    }

    var siteDirectory: URL { options.siteDirectory }
    func siteFile(_ path: String) -> URL { siteDirectory.appendingPathComponent(path) }
    func display(_ path: String) -> String { options.display(siteFile(path)) }

    /// Reads a text file of the site, reporting a missing or unreadable file.
    func readText(_ url: URL) throws(DiagnosticsError) -> String {
        let data: Data
        do {
            data = try fileSystem.read(url)
        } catch {
            throw DiagnosticsError(.error(at: SourceLocation(file: options.display(url)), "cannot read the file: \(error.localizedDescription)"))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DiagnosticsError(.error(at: SourceLocation(file: options.display(url)), "is not UTF-8 text; save it as UTF-8"))
        }
        return text
    }
}

import Foundation
import SiteGenCore

/// What every stage of one build shares: what was asked, the seams to the
/// world (disk and clock), and the log that collects the site's problems.
struct BuildEnvironment: Sendable {
    let options: BuildOptions
    let fileSystem: FileSystem
    let clock: BuildClock
    let log: DiagnosticLog
    /// Makes the web fonts site.yml chooses (fontTools).
    var fontSubsetter = FontSubsetter.live

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

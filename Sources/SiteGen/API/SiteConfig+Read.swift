import Foundation
import SiteGenCore

extension SiteConfig {
    /// `site.yml` of a site, checked as a build checks it, for the commands
    /// that need the business's details (the site's address) without
    /// building: `sitegen verify`.
    public static func read(_ options: BuildOptions, fileSystem: FileSystem = .live) throws(DiagnosticsError) -> SiteConfig {
        let url = options.siteDirectory.appendingPathComponent("site.yml")
        let shown = options.display(url)
        guard fileSystem.kind(url) == .file else {
            throw DiagnosticsError(
                .error(
                    at: SourceLocation(file: shown),
                    "no site.yml here; is \(options.display(options.siteDirectory)) a sitegen site? (`sitegen init DIR` makes one)"))
        }
        let data: Data
        do {
            data = try fileSystem.read(url)
        } catch {
            throw DiagnosticsError(.error(at: SourceLocation(file: shown), "cannot read the file: \(error.localizedDescription)"))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DiagnosticsError(.error(at: SourceLocation(file: shown), "is not UTF-8 text; save it as UTF-8"))
        }
        return try SiteConfigLoader().load(YAMLSource(file: shown, text: text), baseURLOverride: options.baseURL)
    }
}

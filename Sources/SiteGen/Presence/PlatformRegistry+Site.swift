import Foundation
import SiteGenCore

extension PlatformRegistry {
    /// The registry a site's build uses: its own `templates/platforms.yml`
    /// when it has one, else the theme's.
    public static func forSite(
        _ siteDirectory: URL, workingDirectory: URL,
        fileSystem: FileSystem = .live
    ) throws(DiagnosticsError) -> PlatformRegistry {
        let options = BuildOptions(siteDirectory: siteDirectory, workingDirectory: workingDirectory)
        let files = try ThemeLoader(fileSystem: fileSystem).files(
            siteTemplates: siteDirectory.appendingPathComponent("templates"),
            displayRoot: options.display(siteDirectory.appendingPathComponent("templates")))
        guard let file = files.first(where: { $0.path == "platforms.yml" }) else { return PlatformRegistry(platforms: []) }
        return try PlatformRegistryLoader().load(YAMLSource(file: file.displayPath, text: String(decoding: file.data, as: UTF8.self)))
    }
}

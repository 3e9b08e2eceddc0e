import Foundation
import SiteGenCore

/// Gathers the theme's files: the built-in ones, replaced by any file of the
/// same name in the site's `templates/`.
struct ThemeLoader {
    var fileSystem: FileSystem
    var builtIn: [EmbeddedFile] = EmbeddedResources.theme

    func files(siteTemplates: URL, displayRoot: String) throws(DiagnosticsError) -> [ThemeFile] {
        var files: [String: ThemeFile] = [:]
        for file in builtIn {
            files[file.path] = ThemeFile(path: file.path, data: file.data, displayPath: "theme:\(file.path)", isOverride: false)
        }
        if fileSystem.kind(siteTemplates) == .directory {
            do {
                for path in try fileSystem.filesBelow(siteTemplates) where !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                    let data = try fileSystem.read(siteTemplates.appendingPathComponent(path))
                    files[path] = ThemeFile(path: path, data: data, displayPath: "\(displayRoot)/\(path)", isOverride: true)
                }
            } catch {
                throw DiagnosticsError(.error(at: SourceLocation(file: displayRoot), "cannot read: \(error.localizedDescription)"))
            }
        }
        return files.keys.sorted().map { files[$0]! }
    }
}

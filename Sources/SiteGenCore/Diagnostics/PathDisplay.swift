import Foundation

/// Paths in messages as the user would type them: relative to the working
/// folder when inside it. The build (`BuildOptions.display`) and the
/// links.yml editor show paths the same way.
package struct PathDisplay: Sendable {
    /// Standardized by the caller, as `BuildOptions` and `LinksManifestEditor` keep it.
    package var workingDirectory: URL

    package init(workingDirectory: URL) {
        self.workingDirectory = workingDirectory
    }

    package func display(_ url: URL) -> String {
        let path = url.standardizedFileURL.path
        let base = workingDirectory.path.hasSuffix("/") ? workingDirectory.path : workingDirectory.path + "/"
        if path.hasPrefix(base) { return String(path.dropFirst(base.count)) }
        if path == workingDirectory.path { return "." }
        return path
    }
}

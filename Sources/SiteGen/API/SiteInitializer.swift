import Foundation
import SiteGenCore

/// `sitegen init DIR`: writes the example site carried by the binary into a
/// new or empty folder, never over anything.
public struct SiteInitializer: Sendable {
    public var fileSystem: FileSystem

    public init(fileSystem: FileSystem = .live) {
        self.fileSystem = fileSystem
    }

    /// Returns the number of files written.
    @discardableResult
    public func create(at directory: URL, display: String) throws(DiagnosticsError) -> Int {
        switch fileSystem.kind(directory) {
        case .file:
            throw DiagnosticsError(.error(at: SourceLocation(file: display), "is a file; give the name of a new folder"))
        case .directory:
            let existing = (try? fileSystem.contents(directory)) ?? []
            if !existing.isEmpty {
                throw DiagnosticsError(
                    .error(
                        at: SourceLocation(file: display),
                        "is not empty; sitegen init only writes into a new or empty folder, so that nothing is overwritten"))
            }
        case .none:
            break
        }
        do {
            try fileSystem.createDirectory(directory)
            for file in EmbeddedResources.exampleSite {
                let url = directory.appendingPathComponent(file.path)
                try fileSystem.createDirectory(url.deletingLastPathComponent())
                try fileSystem.write(file.data, url)
            }
        } catch {
            throw DiagnosticsError(.error(at: SourceLocation(file: display), "cannot write the new site: \(error.localizedDescription)"))
        }
        return EmbeddedResources.exampleSite.count
    }
}

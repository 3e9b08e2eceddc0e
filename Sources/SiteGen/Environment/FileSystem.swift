import Foundation

/// The file operations a build needs, as a value of closures: `live` uses the
/// disk; tests replace single operations (a write that fails half-way, say).
public struct FileSystem: Sendable {
    public enum ItemKind: Sendable { case file, directory, none }

    public var read: @Sendable (URL) throws -> Data
    public var write: @Sendable (Data, URL) throws -> Void
    public var createDirectory: @Sendable (URL) throws -> Void
    public var copy: @Sendable (URL, URL) throws -> Void
    public var move: @Sendable (URL, URL) throws -> Void
    public var remove: @Sendable (URL) throws -> Void
    public var kind: @Sendable (URL) -> ItemKind
    /// Paths of every file below a folder, relative to it, sorted; dot-files included.
    public var filesBelow: @Sendable (URL) throws -> [String]

    public static let live = FileSystem(
        read: { try Data(contentsOf: $0) },
        write: { data, url in try data.write(to: url) },
        createDirectory: { try FileManager.default.createDirectory(at: $0, withIntermediateDirectories: true) },
        copy: { source, destination in try FileManager.default.copyItem(at: source, to: destination) },
        move: { source, destination in try FileManager.default.moveItem(at: source, to: destination) },
        remove: { try FileManager.default.removeItem(at: $0) },
        kind: { url in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return .none }
            return isDirectory.boolValue ? .directory : .file
        },
        filesBelow: { root in
            guard let enumerator = FileManager.default.enumerator(
                at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [])
            else { return [] }
            let rootPath = root.standardizedFileURL.path
            var files: [String] = []
            for case let url as URL in enumerator {
                guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
                let path = url.standardizedFileURL.path
                guard path.hasPrefix(rootPath) else { continue }
                files.append(String(path.dropFirst(rootPath.count).drop { $0 == "/" }))
            }
            return files.sorted()
        }
    )
}

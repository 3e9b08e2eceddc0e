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
    /// Paths of every file below a folder, relative to it, sorted; dot-files
    /// included; throws when a folder below cannot be read.
    public var filesBelow: @Sendable (URL) throws -> [String]
    /// Every file below a folder (first argument), following symbolic links
    /// that stay inside the second, with what could not be listed.
    public var listing: @Sendable (URL, URL) throws -> FileListing

    public static let live = FileSystem(
        read: { try Data(contentsOf: $0) },
        write: { data, url in try data.write(to: url) },
        createDirectory: { try FileManager.default.createDirectory(at: $0, withIntermediateDirectories: true) },
        // The file a symbolic link names, not the link: listing follows only links inside the site.
        copy: { source, destination in try FileManager.default.copyItem(at: source.resolvingSymlinksInPath(), to: destination) },
        move: { source, destination in try FileManager.default.moveItem(at: source, to: destination) },
        remove: { try FileManager.default.removeItem(at: $0) },
        kind: { url in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return .none }
            return isDirectory.boolValue ? .directory : .file
        },
        filesBelow: { root in
            let listing = try FileListing.live(root, linksWithin: root)
            if let (path, problem) = listing.problems.first(where: { if case .unreadable = $0.problem { true } else { false } }),
                case .unreadable(let message) = problem
            {
                throw CocoaError(.fileReadNoPermission, userInfo: [NSFilePathErrorKey: root.appendingPathComponent(path).path,
                                                                    NSLocalizedDescriptionKey: "cannot read \(path): \(message)"])
            }
            return listing.files
        },
        listing: { root, boundary in try FileListing.live(root, linksWithin: boundary) }
    )
}

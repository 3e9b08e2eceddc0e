import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The file sitegen writes into every output folder it builds, and looks for
/// before it replaces one: a folder without it (and not empty) holds someone
/// else's files. Like a CACHEDIR.TAG, it starts with a fixed line that
/// nobody writes by chance.
package enum OutputMarker {
    package static let name = ".sitegen-output"

    static let signature = "sitegen output folder"

    package static let text = """
        \(signature)
        This folder was written by `sitegen build` and is replaced as a whole at every build.
        sitegen only ever replaces a folder that holds this file (or an empty one), so that
        it never deletes files it did not write. Keep your own files elsewhere: anything
        added here is gone after the next build.

        """

    /// Whether `folder` holds the marker: a regular file (not a link) that starts with the signature.
    package static func isPresent(in folder: URL) -> Bool {
        let path = folder.appendingPathComponent(name).path
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG,
            let handle = FileHandle(forReadingAtPath: path)
        else { return false }
        defer { try? handle.close() }
        let start = (try? handle.read(upToCount: signature.utf8.count)) ?? Data()
        return start == Data(signature.utf8)
    }

    /// Whether `folder` holds nothing but a marker cut short: a build killed
    /// while it wrote the marker, the first thing it does in a new folder,
    /// leaves an empty or partial one. Its bytes must be the start of the
    /// marker's text, so that a file of anyone else is never taken for one.
    package static func isUnfinished(in folder: URL) -> Bool {
        guard (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) == [name] else { return false }
        let path = folder.appendingPathComponent(name).path
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) < text.utf8.count,
            let data = FileManager.default.contents(atPath: path)
        else { return false }
        return Data(text.utf8).starts(with: data)
    }
}

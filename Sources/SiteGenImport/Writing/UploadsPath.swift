import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Where a WordPress image lives in a copy of `wp-content/uploads`:
/// `https://bakery.example/wp-content/uploads/2024/06/tart.jpg` is
/// `2024/06/tart.jpg` in the folder given with `--media-dir`.
enum UploadsPath {
    static func relative(_ address: String) -> String? {
        guard let range = address.range(of: "/wp-content/uploads/") else { return nil }
        let tail = address[range.upperBound...].split(separator: "?").first.map(String.init) ?? ""
        let decoded = tail.removingPercentEncoding ?? tail
        guard case .file(let path) = ExportPath.check(decoded) else { return nil }
        return path
    }

    /// The regular file (never a link) for `address` in `folder`, if there is one.
    static func file(for address: String, in folder: String) -> String? {
        guard let relative = relative(address) else { return nil }
        let path = folder + "/" + relative
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        // A folder on the way may be a link out of the copy: the real path must stay inside it.
        let root = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        guard real.hasPrefix(root + "/") else { return nil }
        return path
    }
}

/// The paths a deploy sends, removes or reads from a host's record. The
/// record on a host can be edited by anyone with access to it, so a path
/// from it is used only if it stays inside the site's folder and cannot be
/// mistaken for an option or a second command by the tools.
enum RemotePath {
    /// Quotes and backslashes would end a quoted argument of sftp or lftp,
    /// and sftp expands `*`, `?` and `[` as patterns even within quotes.
    static let unsafeCharacters: Set<Unicode.Scalar> = ["\\", "\"", "*", "?", "[", "]"]

    static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, path.utf8.count <= 1024, !path.hasPrefix("/"), !path.hasPrefix("-") else { return false }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        for part in parts {
            if part.isEmpty || part == "." || part == ".." || part.hasPrefix("-") { return false }
        }
        return !path.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || unsafeCharacters.contains($0) }
    }

    /// The folders of `path`, the deepest first: `a/b/c.html` → `a/b`, `a`.
    static func folders(of path: String) -> [String] {
        var parts = path.split(separator: "/").dropLast()
        var folders: [String] = []
        while !parts.isEmpty {
            folders.append(parts.joined(separator: "/"))
            parts = parts.dropLast()
        }
        return folders
    }

    /// The levels of a folder on the host, the outermost first, to create it
    /// one level at a time: `/var/www/site` → `/var`, `/var/www`, `/var/www/site`.
    static func levels(of folder: String) -> [String] {
        let absolute = folder.hasPrefix("/")
        let parts = folder.split(separator: "/").filter { $0 != "." }
        return parts.indices.map { (absolute ? "/" : "") + parts[...$0].joined(separator: "/") }
    }
}

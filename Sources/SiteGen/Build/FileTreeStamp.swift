import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What the files below some paths look like to `lstat`: every name with its
/// type, size, inode and change times, as text to be hashed. Two equal
/// stamps mean no file was written, added, removed, renamed or touched in
/// between: an editor's save, `cp`, `git checkout` and `touch` all change the
/// inode's change time (`ctime`), which no program can set back. A symbolic
/// link counts with what it leads to, followed as far as a loop.
struct FileTreeStamp {
    /// Without change times, for a build's output: its photos are hard links
    /// to the photo cache's files, whose change time moves whenever another
    /// build links them too. A file written there still changes its
    /// modification time (or its inode, when replaced).
    let changeTimes: Bool
    private(set) var text: [UInt8] = []
    /// Folders already walked, by device and inode: a link loop is walked once.
    private var walked: Set<[UInt64]> = []

    init(changeTimes: Bool = true) {
        self.changeTimes = changeTimes
    }

    /// Adds `path` (a file, a folder with everything below it, or nothing)
    /// under `label`.
    mutating func add(_ path: String, label: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            line(label, "none \(errno)")
            return
        }
        line(label, describe(info))
        if info.st_mode & S_IFMT == S_IFLNK {
            var target = stat()
            guard stat(path, &target) == 0 else {
                line(label + " ->", "none \(errno)")
                return
            }
            let destination = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? ""
            line(label + " -> " + destination, describe(target))
            if target.st_mode & S_IFMT == S_IFDIR { walk(path, label: label, folder: target) }
        } else if info.st_mode & S_IFMT == S_IFDIR {
            walk(path, label: label, folder: info)
        }
    }

    /// A line of its own, for what is not a file (the options of a build).
    mutating func add(value: String, label: String) {
        line(label, value)
    }

    private mutating func walk(_ path: String, label: String, folder: stat) {
        guard walked.insert([UInt64(folder.st_dev), UInt64(folder.st_ino)]).inserted else {
            line(label, "walked")
            return
        }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
            line(label, "unreadable")
            return
        }
        for name in names.sorted() {
            add(path + "/" + name, label: label + "/" + name)
        }
    }

    private func describe(_ info: stat) -> String {
        let changed = changeTimes ? " \(info.st_ctim.tv_sec).\(info.st_ctim.tv_nsec)" : ""
        return "\(info.st_mode) \(info.st_size) \(info.st_dev) \(info.st_ino) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)" + changed
    }

    private mutating func line(_ label: String, _ value: String) {
        // The length first: no name can be taken for another with the value after it.
        text.append(contentsOf: "\(label.utf8.count):\(label) \(value)\n".utf8)
    }
}

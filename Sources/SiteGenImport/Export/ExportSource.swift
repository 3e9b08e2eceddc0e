import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The export an owner gives `sitegen import`: one archive, the several
/// archives of a split export, or folders where they were unpacked. Its
/// files are read in passes, each a stream over every part, so that nothing
/// but the files asked for is ever read, and no part is unpacked to disk.
public struct ExportSource: Sendable {
    enum Part: Sendable, Equatable {
        case archive(String)
        case folder(String)
        /// A single file that is not an archive (a WordPress `.xml` export):
        /// the one entry of its part, by its file name.
        case single(String)
    }

    let parts: [Part]
    let limits: ExportLimits

    /// Checks that each path exists; what each holds is checked when read.
    public init(paths: [String], limits: ExportLimits = ExportLimits()) throws {
        var parts: [Part] = []
        for path in paths {
            var info = stat()
            guard stat(path, &info) == 0 else { throw ImportError.exportMissing(path) }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: parts.append(.folder(path))
            case S_IFREG: parts.append(Self.isPlainText(path) ? .single(path) : .archive(path))
            default: throw ImportError.notAnExport(path, reason: "not a file nor a folder")
            }
        }
        self.parts = parts
        self.limits = limits
    }

    /// A short name for messages: the first part's file name.
    var name: String { parts.first.map { ($0.path as NSString).lastPathComponent } ?? "export" }

    /// One pass over every file of every part. A path that two parts (or one
    /// archive twice) hold is refused when either copy is asked for, even
    /// when the caller, having the first, passes over the second: sitegen
    /// would otherwise have to guess which copy is the real one.
    func scan(_ scanner: ExportScanner) throws {
        var budget = ByteBudget(limits: limits)
        var entryCount = 0
        var seen: Set<String> = []
        var wanted: Set<String> = []
        let checked = ExportScanner(
            action: { entry in
                let action = try scanner.action(entry)
                let isFirst = seen.insert(entry.path).inserted
                if action != .skip {
                    guard isFirst else { throw ImportError.duplicateEntry(entry.path) }
                    wanted.insert(entry.path)
                } else if !isFirst, wanted.contains(entry.path) {
                    throw ImportError.duplicateEntry(entry.path)
                }
                return action
            },
            deliver: scanner.deliver,
            passOver: scanner.passOver)
        for (index, part) in parts.enumerated() {
            switch part {
            case .archive(let path):
                try ArchiveFileReader(path: path, part: index, limits: limits)
                    .scan(budget: &budget, entryCount: &entryCount, scanner: checked)
            case .folder(let path):
                try FolderReader(root: path, part: index, limits: limits)
                    .scan(budget: &budget, entryCount: &entryCount, scanner: checked)
            case .single(let path):
                let folder = (path as NSString).deletingLastPathComponent
                try FolderReader(root: folder.isEmpty ? "." : folder, part: index, limits: limits)
                    .scan(file: (path as NSString).lastPathComponent, budget: &budget, scanner: checked)
            }
        }
    }
}

extension ExportSource {
    /// Whether the file starts like text (XML, JSON) rather than like an
    /// archive: a WordPress export is one `.xml` file.
    static func isPlainText(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = [UInt8]((try? handle.read(upToCount: 512)) ?? Data())
        var start = head.startIndex
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { start += 3 }
        while start < head.endIndex, [0x20, 0x09, 0x0A, 0x0D].contains(head[start]) { start += 1 }
        guard start < head.endIndex else { return false }
        return head[start] == UInt8(ascii: "<") || head[start] == UInt8(ascii: "{") || head[start] == UInt8(ascii: "[")
    }
}

extension ExportSource.Part {
    var path: String {
        switch self {
        case .archive(let path), .folder(let path), .single(let path): path
        }
    }
}

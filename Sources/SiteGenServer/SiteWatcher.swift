import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Notices changes to a site's files by their sizes and modification times:
/// those of the files inotify names as soon as they change, and now and then
/// those of every file (ten times a second where there is no inotify, so that
/// it works on every file system). Editor
/// temporary files are ignored; a burst of changes becomes one report once
/// the files have been quiet for a moment.
struct SiteWatcher: Sendable {
    struct Stamp: Equatable, Sendable {
        var size: Int
        var modified: Double

        init(_ info: stat) {
            size = Int(info.st_size)
            modified = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
        }
    }

    let siteDirectory: URL
    /// Folders of the site to watch, and its files.
    static let folders = ["content", "static", "templates"]
    static let files = ["site.yml", "links.yml"]

    /// Every watched file with its stamp, by path relative to the site.
    ///
    /// A walk with `lstat` rather than `FileManager`'s enumerator: with the
    /// enumerator's `URL`s and resource values, looking at 10,000 files took
    /// over 100 ms of CPU, mostly building and decoding URL strings.
    func snapshot() -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        for file in Self.files {
            if let stamp = Self.stamp(atPath: siteDirectory.path + "/" + file) { stamps[file] = stamp }
        }
        for folder in Self.folders {
            walk(siteDirectory.path + "/" + folder, relative: folder, keepsHidden: folder == "static", into: &stamps)
        }
        return stamps
    }

    /// Adds the files below the folder at `path`. Folders reached through a
    /// symbolic link are not walked (nor watched by the change signal); a
    /// link to a file counts with the file it leads to, which the build reads.
    private func walk(_ path: String, relative: String, keepsHidden: Bool, into stamps: inout [String: Stamp]) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
        for name in names {
            if Self.isEditorTemporaryFile(name) { continue }
            // The build skips hidden files of content/ and templates/; static/ keeps them (.well-known/).
            if !keepsHidden, name.hasPrefix(".") { continue }
            let childPath = path + "/" + name
            var info = stat()
            guard lstat(childPath, &info) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: walk(childPath, relative: relative + "/" + name, keepsHidden: keepsHidden, into: &stamps)
            case S_IFREG: stamps[relative + "/" + name] = Stamp(info)
            case S_IFLNK: if let stamp = Self.stamp(atPath: childPath) { stamps[relative + "/" + name] = stamp }
            default: continue
            }
        }
    }

    /// `stamps` with the files at `paths` (absolute) looked at again: added,
    /// changed, or removed when they are gone. Paths the snapshot would not
    /// hold (an editor's temporary file, a hidden file of content/) are left out.
    func restamp(_ paths: Set<String>, in stamps: [String: Stamp]) -> [String: Stamp] {
        var stamps = stamps
        let root = siteDirectory.path + "/"
        for path in paths where path.hasPrefix(root) {
            let relative = String(path.dropFirst(root.count))
            guard isWatched(relative) else { continue }
            stamps[relative] = Self.stamp(atPath: path)
        }
        return stamps
    }

    /// Whether `snapshot` looks at the file at `relative` (to the site's folder).
    func isWatched(_ relative: String) -> Bool {
        if Self.files.contains(relative) { return true }
        let parts = relative.split(separator: "/").map(String.init)
        guard parts.count >= 2, let folder = parts.first, Self.folders.contains(folder), let name = parts.last,
            !Self.isEditorTemporaryFile(name)
        else { return false }
        return folder == "static" || !parts.dropFirst().contains { $0.hasPrefix(".") }
    }

    /// The stamp of the regular file at `path`, through symbolic links; nil for anything else.
    private static func stamp(atPath path: String) -> Stamp? {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return Stamp(info)
    }

    /// Files that editors write beside the one being edited: `.#page.md`,
    /// `#page.md#`, `page.md~`, `.page.md.swp`, Vim's `4913`, `*.tmp`.
    static func isEditorTemporaryFile(_ name: String) -> Bool {
        // Foundation's atomic writes go through `.dat.nosync...` files.
        name.hasPrefix(".#") || name.hasPrefix(".dat.nosync") || (name.hasPrefix("#") && name.hasSuffix("#")) || name.hasSuffix("~")
            || name.hasSuffix(".swp") || name.hasSuffix(".swx") || name.hasSuffix(".swo") || name == "4913"
            || name.hasSuffix(".tmp") || name.hasSuffix(".kate-swp") || name == ".DS_Store"
    }

    /// The paths whose stamps differ between two snapshots, sorted.
    static func changes(from old: [String: Stamp], to new: [String: Stamp]) -> [String] {
        var changed = old.compactMap { path, stamp in new[path] == stamp ? nil : path }
        changed += new.keys.filter { old[$0] == nil }
        return changed.sorted()
    }

    /// How long the files must stay unchanged before a burst of changes is taken as over.
    static let quiet = 0.02

    /// With a change signal, every file is looked at again after this many
    /// times as long as the last such look took: about 2 % of a core.
    static let fullLookShare = 50.0

    /// Calls `onChange` with the changed paths after each burst of changes,
    /// once nothing has changed for `quiet` seconds; runs until `isRunning` is
    /// false. Woken at once by the change signal where there is one, it looks
    /// again at the files it names; it also looks at every file every
    /// `interval` seconds without a signal, and with one every 2 seconds or
    /// more (50 times as long as the last look took), for changes the signal
    /// cannot see (made by another machine in a shared folder). `onWatching`
    /// is called once the files as they are have been read: every change
    /// after it is reported.
    func watch(
        interval: Double = 0.1, quiet: Double = Self.quiet, isRunning: () -> Bool, onWatching: () -> Void = {},
        onChange: ([String]) -> Void
    ) {
        let signal = ChangeSignal(
            folders: Self.folders.map { siteDirectory.appendingPathComponent($0) },
            files: Self.files.map { siteDirectory.appendingPathComponent($0) })
        var lastFullLook = (at: ContinuousClock.now, took: Duration.zero)
        func lookAtEverything() -> [String: Stamp] {
            let started = ContinuousClock.now
            defer { lastFullLook = (started, ContinuousClock.now - started) }
            return snapshot()
        }
        var known = lookAtEverything()
        onWatching()
        /// The files after `changes`, and which of them changed: those it
        /// names looked at again, or, when it cannot name them all (or there
        /// is no signal), every file.
        func look(_ changes: ChangeSignal.Changes?, from stamps: [String: Stamp]) -> (stamps: [String: Stamp], changed: [String]) {
            guard let changes, changes.complete else {
                let everything = lookAtEverything()
                return (everything, Self.changes(from: stamps, to: everything))
            }
            let restamped = restamp(changes.paths, in: stamps)
            let root = siteDirectory.path + "/"
            let named = changes.paths.compactMap { $0.hasPrefix(root) ? String($0.dropFirst(root.count)) : nil }
            return (restamped, named.filter { restamped[$0] != stamps[$0] })
        }
        while isRunning() {
            let looked: (stamps: [String: Stamp], changed: [String])
            if let signal {
                // The wait is cut short by any change; its length only bounds how late `isRunning` is asked.
                if let woken = signal.changes(timeout: 0.25) {
                    looked = look(woken, from: known)
                } else if ContinuousClock.now - lastFullLook.at >= max(.seconds(2), lastFullLook.took * Self.fullLookShare) {
                    looked = look(nil, from: known)
                } else {
                    continue
                }
            } else {
                Thread.sleep(forTimeInterval: interval)
                looked = look(nil, from: known)
            }
            var current = looked.stamps
            var changed = Set(looked.changed)
            guard !changed.isEmpty else { continue }
            // Wait for the burst to end (an editor saving several files, a git checkout).
            let started = Date()
            while Date().timeIntervalSince(started) < 2 {
                var again: ChangeSignal.Changes?
                if let signal {
                    again = signal.changes(timeout: quiet)
                    if again == nil { break }
                } else {
                    Thread.sleep(forTimeInterval: max(quiet, 0.05))
                }
                let next = look(again, from: current)
                current = next.stamps
                if next.changed.isEmpty, signal == nil { break }
                changed.formUnion(next.changed)
            }
            known = current
            // Stopped while the burst went on (the tests remove the site right after stopping).
            guard isRunning() else { return }
            onChange(changed.sorted())
        }
    }
}

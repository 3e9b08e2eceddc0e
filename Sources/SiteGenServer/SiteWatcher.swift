import Foundation

/// Notices changes to a site's files by comparing their sizes and
/// modification times a few times a second (it works on every file system,
/// and a thousand files take about a millisecond to look at). Editor
/// temporary files are ignored; a burst of changes becomes one report once
/// the files have been quiet for a moment.
struct SiteWatcher: Sendable {
    struct Stamp: Equatable, Sendable {
        var size: Int
        var modified: Double
    }

    let siteDirectory: URL
    /// Folders of the site to watch, and its files.
    static let folders = ["content", "static", "templates"]
    static let files = ["site.yml", "links.yml"]

    /// Every watched file with its stamp, by path relative to the site.
    func snapshot() -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        let manager = FileManager.default
        for file in Self.files {
            if let stamp = stamp(siteDirectory.appendingPathComponent(file)) { stamps[file] = stamp }
        }
        for folder in Self.folders {
            let root = siteDirectory.appendingPathComponent(folder)
            guard
                let enumerator = manager.enumerator(
                    at: root, includingPropertiesForKeys: [.isRegularFileKey, .fileSizeKey, .contentModificationDateKey])
            else { continue }
            for case let url as URL in enumerator {
                let name = url.lastPathComponent
                if Self.isEditorTemporaryFile(name) { continue }
                // The build skips hidden files of content/ and templates/; static/ keeps them (.well-known/).
                if folder != "static", name.hasPrefix(".") {
                    enumerator.skipDescendants()
                    continue
                }
                guard let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .fileSizeKey, .contentModificationDateKey]),
                    values.isRegularFile == true
                else { continue }
                let relative = folder + "/" + url.path.dropFirst(root.path.count).drop { $0 == "/" }
                stamps[relative] = Stamp(size: values.fileSize ?? 0, modified: values.contentModificationDate?.timeIntervalSince1970 ?? 0)
            }
        }
        return stamps
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
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue,
                let stamp = stamp(URL(fileURLWithPath: path))
            {
                stamps[relative] = stamp
            } else {
                stamps[relative] = nil
            }
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

    private func stamp(_ url: URL) -> Stamp? {
        guard let values = try? url.resourceValues(forKeys: [.fileSizeKey, .contentModificationDateKey]) else { return nil }
        return Stamp(size: values.fileSize ?? 0, modified: values.contentModificationDate?.timeIntervalSince1970 ?? 0)
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
        Set(old.keys).union(new.keys).filter { old[$0] != new[$0] }.sorted()
    }

    /// How long the files must stay unchanged before a burst of changes is taken as over.
    static let quiet = 0.02

    /// Calls `onChange` with the changed paths after each burst of changes,
    /// once nothing has changed for `quiet` seconds; runs until `isRunning` is
    /// false. Woken at once by the change signal where there is one, it also
    /// looks every `interval` seconds. `onWatching` is called once the files
    /// as they are have been read: every change after it is reported.
    func watch(
        interval: Double = 0.25, quiet: Double = Self.quiet, isRunning: () -> Bool, onWatching: () -> Void = {},
        onChange: ([String]) -> Void
    ) {
        let signal = ChangeSignal(
            folders: Self.folders.map { siteDirectory.appendingPathComponent($0) },
            files: Self.files.map { siteDirectory.appendingPathComponent($0) })
        let pace = signal == nil ? min(interval, 0.1) : interval
        var known = snapshot()
        onWatching()
        /// The files after `changes`: those it names looked at again, or, when it
        /// cannot name them all (or there is no signal), every file.
        func look(_ changes: ChangeSignal.Changes?, from stamps: [String: Stamp]) -> [String: Stamp] {
            guard let changes, changes.complete else { return snapshot() }
            return restamp(changes.paths, in: stamps)
        }
        while isRunning() {
            var woken: ChangeSignal.Changes?
            if let signal { woken = signal.changes(timeout: pace) } else { Thread.sleep(forTimeInterval: pace) }
            var current = look(woken, from: known)
            var changed = Set(Self.changes(from: known, to: current))
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
                let more = Self.changes(from: current, to: next)
                current = next
                if more.isEmpty, signal == nil { break }
                changed.formUnion(more)
            }
            known = current
            onChange(changed.sorted())
        }
    }
}

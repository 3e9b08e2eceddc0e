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
        while isRunning() {
            if let signal { _ = signal.wait(timeout: pace) } else { Thread.sleep(forTimeInterval: pace) }
            var current = snapshot()
            var changed = Set(Self.changes(from: known, to: current))
            guard !changed.isEmpty else { continue }
            // Wait for the burst to end (an editor saving several files, a git checkout).
            let started = Date()
            while Date().timeIntervalSince(started) < 2 {
                if let signal {
                    if !signal.wait(timeout: quiet) { break }
                } else {
                    Thread.sleep(forTimeInterval: max(quiet, 0.05))
                }
                let next = snapshot()
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

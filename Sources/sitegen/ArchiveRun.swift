import Foundation
import SiteGen
import SiteGenCore
import SiteGenFetch
import SiteGenManifest

/// The work of `sitegen archive`, one address at a time, each reported on
/// its own line as it is done: a capture found is recorded, an address
/// without one is submitted to Save Page Now when there are keys.
struct ArchiveRun {
    /// A links.yml entry without `archive:`.
    struct Entry {
        var section: String
        var url: String
        /// Where it starts in links.yml as read before the run.
        var location: SourceLocation
        /// A profile marked `status: gone`: an old capture is worth recording, a new one of the dead page is not.
        var isGone: Bool
    }

    var editor: LinksManifestEditor
    var dryRun: Bool
    var lookup: ArchiveLookup
    /// Nil without the owner's keys.
    var saver: SavePageNow?
    var print: (String) -> Void
    var tally = ArchiveTally()
    /// The lines added to links.yml so far, in the file as read before the run: later entries moved down by one each.
    private var addedAt: [Int] = []

    init(editor: LinksManifestEditor, dryRun: Bool, lookup: ArchiveLookup, saver: SavePageNow?, print: @escaping (String) -> Void) {
        self.editor = editor
        self.dryRun = dryRun
        self.lookup = lookup
        self.saver = saver
        self.print = print
    }

    /// The press mentions (and profiles) without `archive:`, in the file's order.
    static func entries(of manifest: LinksManifest, profiles: Bool) -> (entries: [Entry], archived: Int) {
        var entries = manifest.press.filter { $0.archive == nil }.map {
            Entry(section: "press", url: $0.url, location: $0.location, isGone: false)
        }
        var archived = manifest.press.count - entries.count
        if profiles {
            let missing = manifest.profiles.filter { $0.archive == nil }
            archived += manifest.profiles.count - missing.count
            entries += missing.map { Entry(section: "profiles", url: $0.url, location: $0.location, isGone: $0.status == .gone) }
        }
        return (entries.sorted { $0.location.line < $1.location.line }, archived)
    }

    mutating func archive(_ work: (entries: [Entry], archived: Int)) {
        tally.alreadyArchived = work.archived
        for entry in work.entries { archive(entry) }
    }

    private mutating func archive(_ entry: Entry) {
        let line = entry.location.line + addedAt.filter { $0 < entry.location.line }.count
        let kind = entry.section == "press" ? "press" : "profile"
        let print = self.print
        let report = { (result: String) in print("\(entry.location.file):\(line)  \(kind)  \(entry.url)  \(result)") }
        let capture: String?
        do {
            capture = try lookup.closestCapture(of: entry.url)
        } catch {
            tally.failed += 1
            return report("could not ask the Wayback Machine: \(error.message)")
        }
        if let capture { return record(capture, for: entry, report: report) }
        if entry.isGone {
            tally.withoutCaptureGone += 1
            return report("no archived copy; the account is gone, so there is nothing left to save")
        }
        guard let saver else {
            tally.withoutCapture += 1
            return report("no archived copy yet")
        }
        if dryRun {
            tally.submitted += 1
            return report("no archived copy yet; would submit it to Save Page Now")
        }
        switch save(entry.url, with: saver) {
        case .saved(let capture): record(capture, for: entry, report: report, saved: true)
        case .pending: report(stillSaving)
        case .failed(let message): report(message)
        }
    }

    private mutating func record(_ capture: String, for entry: Entry, report: (String) -> Void, saved: Bool = false) {
        let how = saved ? "saved and " : ""
        if dryRun {
            tally.recorded += 1
            return report("would record \(capture)")
        }
        do {
            _ = try editor.set(.archive(capture), ofEntry: entry.url, in: entry.section)
            tally.recorded += 1
            addedAt.append(entry.location.line)
            report("\(how)recorded \(capture)")
        } catch {
            tally.failed += 1
            report("\(how)not recorded (\(capture)): \(error.diagnostics.first?.message ?? "links.yml could not be edited")")
        }
    }

    /// The site's own pages: submitted, reported, never recorded.
    mutating func submit(_ pages: [String]) {
        guard let saver else {
            tally.withoutCapture += pages.count
            return
        }
        let print = self.print
        for page in pages {
            let report = { (result: String) in print("site  page  \(page)  \(result)") }
            if dryRun {
                tally.submitted += 1
                report("would submit it to Save Page Now")
                continue
            }
            switch save(page, with: saver) {
            case .saved(let capture):
                tally.pagesSaved += 1
                report("saved \(capture)")
            case .pending: report(stillSaving)
            case .failed(let message): report(message)
            }
        }
    }

    private let stillSaving = "still being saved; run sitegen archive again later"

    private enum Saved {
        case saved(String)
        case pending
        case failed(String)
    }

    /// One Save Page Now job, counted; failures in plain words.
    private mutating func save(_ url: String, with saver: SavePageNow) -> Saved {
        do {
            switch try saver.save(url) {
            case .saved(let capture): return .saved(capture)
            case .pending:
                tally.pending += 1
                return .pending
            case .failed(let message):
                tally.failed += 1
                return .failed("Save Page Now could not save it: \(message)")
            }
        } catch {
            tally.failed += 1
            return .failed("could not ask Save Page Now: \(error.message)")
        }
    }
}

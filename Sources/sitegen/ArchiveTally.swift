/// What `sitegen archive` did, counted for its summary line and exit code.
struct ArchiveTally {
    var recorded = 0
    var alreadyArchived = 0
    /// No capture, and no keys to ask for one.
    var withoutCapture = 0
    /// No capture of a profile whose account is gone: nothing left to save.
    var withoutCaptureGone = 0
    /// In a dry run: would be submitted to Save Page Now.
    var submitted = 0
    var pagesSaved = 0
    var pending = 0
    /// Network failures, Save Page Now's refusals and errors, edits that could not be made.
    var failed = 0

    func summary(dryRun: Bool) -> String {
        var parts: [String] = []
        func add(_ count: Int, _ one: String, _ many: String) {
            if count > 0 { parts.append(count == 1 ? "1 \(one)" : "\(count) \(many)") }
        }
        if dryRun {
            add(recorded, "archived copy would be recorded", "archived copies would be recorded")
            add(submitted, "address would be submitted to Save Page Now", "addresses would be submitted to Save Page Now")
        } else {
            add(recorded, "archived copy recorded in links.yml", "archived copies recorded in links.yml")
            add(pagesSaved, "page of the site saved", "pages of the site saved")
            add(pending, "still being saved", "still being saved")
        }
        add(withoutCapture + withoutCaptureGone, "without an archived copy", "without an archived copy")
        add(failed, "failed", "failed")
        add(alreadyArchived, "already had one", "already had one")
        let counts = parts.isEmpty ? "nothing to archive" : parts.joined(separator: ", ")
        return dryRun ? "Dry run (nothing was changed or submitted): \(counts)." : "Done: \(counts)."
    }
}

import Foundation
import Testing

@testable import SiteGenServer

/// "A burst of changes makes one rebuild" (README, `sitegen serve`): files
/// saved one after another, each before the files have been quiet for the
/// watcher's window, are taken in by a single rebuild.
@Suite("Serve: a burst of changes")
struct BurstOfChangesTests {
    /// The files are written this far apart: long enough that a watcher which
    /// did not wait for the burst to end would rebuild between two of them.
    static let spacing = 0.05
    /// The watcher's quiet window for this test: twenty times the spacing, so
    /// that only a machine that stalls the test for a whole second between
    /// two writes could split the burst (`serve` itself waits 0.02 s).
    static let quiet = 1.0

    @Test func aBurstOfSavedFilesMakesOneRebuild() throws {
        let preview = try WatchedPreview(quiet: Self.quiet)
        let burst = [
            "content/a-propos.md", "content/contact.md", "content/nos-pains/pain-au-levain.md", "static/favicon.svg",
        ]
        for (index, path) in burst.enumerated() {
            if index > 0 { Thread.sleep(forTimeInterval: Self.spacing) }
            try preview.append("\n<!-- saved in the burst -->\n", to: path)
        }
        let all = Set(burst)
        // Wait until every file of the burst has been taken in, by however many rebuilds.
        #expect(WatchedPreview.eventually { all.isSubset(of: preview.rebuilds.all.flatMap(\.changed)) })
        let takingThem = preview.rebuilds.all.filter { !all.isDisjoint(with: $0.changed) }
        #expect(takingThem.count == 1, "the burst was rebuilt in \(takingThem.count) parts: \(takingThem.map(\.changed))")
        #expect(takingThem.first?.changed == burst.sorted())
        #expect(takingThem.first?.report != nil)
        #expect(preview.rebuilds.all.count == 1)
        #expect(WatchedPreview.eventually { preview.reloads == 1 }, "open pages are told to reload once")
    }
}

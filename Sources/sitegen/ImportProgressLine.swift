import Foundation
import SiteGenImport
import Synchronization

/// One line on the terminal that says how far a long import has come,
/// rewritten in place at most a few times a second.
final class ImportProgressLine: Sendable {
    private let enabled: Bool
    private let last = Mutex<(time: Double, shown: Bool)>((0, false))

    init(enabled: Bool) {
        self.enabled = enabled
    }

    func show(_ progress: ImportProgress) {
        guard enabled else { return }
        let now = Date().timeIntervalSince1970
        let due = last.withLock { state -> Bool in
            guard now - state.time >= 0.2 || progress.postsDone == progress.postsTotal && progress.postsTotal > 0 else { return false }
            state = (now, true)
            return true
        }
        guard due else { return }
        let megabytes = String(format: "%.1f MB", Double(progress.bytesDone) / 1e6)
        let text: String
        switch progress.stage {
        case .reading: text = progress.bytesDone > 0 ? "Copying photos and videos… \(megabytes)" : "Reading the export…"
        case .writing: text = "Writing posts \(progress.postsDone)/\(progress.postsTotal), \(megabytes)"
        }
        FileHandle.standardError.write(Data("\r\u{1B}[K\(text)".utf8))
    }

    func clear() {
        guard enabled, last.withLock({ $0.shown }) else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

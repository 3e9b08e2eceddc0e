import Foundation
import SiteGenDeploy
import Synchronization

/// The progress bar of `sitegen deploy` on a terminal: files and bytes sent,
/// the rate, and the time left, redrawn in place a few times a second.
final class DeployProgressLine: Sendable {
    private let enabled: Bool
    private let started = Date()
    private let last = Mutex<(time: Double, shown: Bool)>((0, false))

    init(enabled: Bool) {
        self.enabled = enabled
    }

    func show(_ progress: DeployProgress) {
        guard enabled else { return }
        let now = Date().timeIntervalSince(started)
        let finished = progress.filesDone == progress.filesTotal
        let due = last.withLock { state -> Bool in
            guard now - state.time >= 0.2 || finished else { return false }
            state = (now, true)
            return true
        }
        guard due else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K\(progress.line(seconds: now))".utf8))
    }

    func clear() {
        guard enabled, last.withLock({ $0.shown }) else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

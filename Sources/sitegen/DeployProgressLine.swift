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
        FileHandle.standardError.write(Data("\r\u{1B}[K\(Self.text(progress, seconds: now))".utf8))
    }

    static func text(_ progress: DeployProgress, seconds: Double) -> String {
        let share = progress.bytesTotal > 0 ? Double(progress.bytesDone) / Double(progress.bytesTotal) : 1
        let width = 24
        let filled = min(width, Int(share * Double(width)))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let rate = seconds > 0.5 ? Double(progress.bytesDone) / seconds : 0
        var text =
            "\(bar) \(progress.filesDone)/\(progress.filesTotal) files, "
            + "\(DeployOutcome.size(progress.bytesDone)) of \(DeployOutcome.size(progress.bytesTotal))"
        if rate > 0 {
            text += ", \(DeployOutcome.size(Int(rate)))/s"
            let left = Double(progress.bytesTotal - progress.bytesDone) / rate
            if progress.filesDone < progress.filesTotal { text += ", \(Int(left.rounded(.up))) s left" }
        }
        return text
    }

    func clear() {
        guard enabled, last.withLock({ $0.shown }) else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

/// How far the uploads have come, for a progress bar.
public struct DeployProgress: Sendable, Equatable {
    public var filesDone: Int
    public var filesTotal: Int
    public var bytesDone: Int
    public var bytesTotal: Int
    /// The file just sent.
    public var lastPath: String

    /// `████████░░░░ 12/40 files, 1.2 MB of 3.6 MB, 600.0 KB/s, 4 s left`,
    /// `seconds` after the uploads began.
    public func line(seconds: Double) -> String {
        let share = bytesTotal > 0 ? Double(bytesDone) / Double(bytesTotal) : 1
        let width = 24
        let filled = min(width, Int(share * Double(width)))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let rate = seconds > 0.5 ? Double(bytesDone) / seconds : 0
        var text = "\(bar) \(filesDone)/\(filesTotal) files, \(DeployOutcome.size(bytesDone)) of \(DeployOutcome.size(bytesTotal))"
        if rate > 0 {
            text += ", \(DeployOutcome.size(Int(rate)))/s"
            if filesDone < filesTotal { text += ", \(Int((Double(bytesTotal - bytesDone) / rate).rounded(.up))) s left" }
        }
        return text
    }
}

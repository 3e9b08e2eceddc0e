import Foundation

/// What a deploy did, or, for a dry run, would do.
public struct DeployOutcome: Sendable {
    public var target: String
    public var dryRun: Bool
    public var uploaded: [PublishedFile]
    public var removed: [String]
    public var unchanged: Int
    public var seconds: Double
    /// Things the owner should know that did not stop the deploy.
    public var warnings: [String]

    public var uploadedBytes: Int { uploaded.reduce(0) { $0 + $1.size } }

    /// `Deployed to ovh: 14 files uploaded (1.2 MB), 3 removed, 211 unchanged, in 4.8 s`
    public var summary: String {
        let files = "\(uploaded.count) \(uploaded.count == 1 ? "file" : "files")"
        let size = Self.size(uploadedBytes)
        if dryRun {
            return "Dry run for \(target): \(files) to upload (\(size)), \(removed.count) to remove, \(unchanged) unchanged; nothing was changed."
        }
        if uploaded.isEmpty && removed.isEmpty {
            return "Deployed to \(target): nothing changed, \(unchanged) files already there, in \(Self.seconds(seconds))."
        }
        return "Deployed to \(target): \(files) uploaded (\(size)), \(removed.count) removed, \(unchanged) unchanged, in \(Self.seconds(seconds))."
    }

    static func seconds(_ value: Double) -> String { String(format: "%.1f s", value) }

    public static func size(_ bytes: Int) -> String {
        if bytes < 1000 { return "\(bytes) bytes" }
        if bytes < 1_000_000 { return String(format: "%.1f KB", Double(bytes) / 1000) }
        return String(format: "%.1f MB", Double(bytes) / 1_000_000)
    }
}

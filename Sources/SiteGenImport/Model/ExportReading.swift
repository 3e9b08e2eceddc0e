/// What a format reader found in an export's documents.
struct ExportReading: Sendable {
    var posts: [ImportedPost] = []
    var skipped: [SkipReason: Int] = [:]
    var account: ExportAccount?
    /// Things the owner should know ("the account was private when the export was made").
    var notes: [String] = []

    mutating func skip(_ reason: SkipReason, _ count: Int = 1) {
        skipped[reason, default: 0] += count
    }
}

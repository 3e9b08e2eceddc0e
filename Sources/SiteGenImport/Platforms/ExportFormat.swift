import SiteGen

/// A platform's export format: which of its files hold posts (read into
/// memory in the first pass), and how they become `ImportedPost`s.
protocol ExportFormat: Sendable {
    var platform: ImportPlatform { get }
    /// Whether the first pass reads this file into memory. Only posts and
    /// profile files: messages, contacts and logs are never read.
    func isDocument(_ path: String) -> Bool
    /// The places looked at for posts, for the message when none is found.
    var postPaths: [String] { get }
    func read(_ listing: ExportListing) throws -> ExportReading
}

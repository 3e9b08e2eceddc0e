import Foundation
import SiteGen
import SiteGenCore

/// `.sitegen/imports.json`: every post an import turned into a page, by
/// platform and id, with the files it wrote. A post in the ledger is never
/// imported again, so a page the owner deleted stays deleted (unless
/// `--restore`), and one they edited is never overwritten.
struct ImportLedger: Codable, Sendable {
    struct Entry: Codable, Sendable, Equatable {
        /// Relative to the site: `content/posts/2024-05-04-fresh-rye.md`.
        var page: String
        var media: [String]
        /// When it was imported, RFC 3339.
        var imported: String
    }

    var version = 1
    /// Keyed by "platform:id".
    var posts: [String: Entry] = [:]

    static let relativePath = ".sitegen/imports.json"

    static func key(_ platform: ImportPlatform, _ id: String) -> String { platform.rawValue + ":" + id }

    /// The ledger of the site, empty when there is none yet; a ledger that
    /// cannot be read is an error rather than a reason to import everything twice.
    static func load(siteDirectory: String) throws -> ImportLedger {
        let path = siteDirectory + "/" + relativePath
        guard let data = FileManager.default.contents(atPath: path) else { return ImportLedger() }
        do {
            return try JSONDecoder().decode(ImportLedger.self, from: data)
        } catch {
            throw ImportError.invalidDocument(
                relativePath, detail: "the import ledger cannot be read (\(error)); restore it from a backup, or remove it to import again")
        }
    }

    func save(siteDirectory: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(self)
        try AtomicFile.replace(siteDirectory + "/" + Self.relativePath, with: data + Data("\n".utf8))
    }
}

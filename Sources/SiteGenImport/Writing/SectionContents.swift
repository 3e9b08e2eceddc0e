import Foundation

/// What the section folder already holds: the addresses its pages take
/// (the file name without its date, which is how the site names them), the
/// file names, and the posts that an earlier import wrote and that are still
/// there (their `imported_from:`), so that an import never makes a second
/// page for a post, even when the ledger was lost.
struct SectionContents {
    var slugs: Set<String> = []
    var fileNames: Set<String> = []
    /// "platform:id" of every page with an `imported_from:`.
    var importedKeys: Set<String> = []

    init() {}

    init(folder: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names {
            fileNames.insert(name)
            guard name.hasSuffix(".md"), name != "index.md" else { continue }
            slugs.insert(Self.slug(ofFileName: name))
            if let data = FileManager.default.contents(atPath: folder + "/" + name), let key = Self.importedKey(in: data) {
                importedKeys.insert(key)
            }
        }
    }

    /// `2024-05-04-fresh-rye.md` -> `fresh-rye`.
    static func slug(ofFileName name: String) -> String {
        var stem = String(name.dropLast(3))
        let bytes = Array(stem.utf8)
        if bytes.count > 11, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), bytes[10] == UInt8(ascii: "-"),
            bytes[0..<4].allSatisfy({ (48...57).contains($0) })
        {
            stem = String(stem.dropFirst(11))
        }
        return stem.lowercased()
    }

    /// The `imported_from:` platform and id of a page's front matter, read
    /// line by line as the importer writes them.
    static func importedKey(in data: Data) -> String? {
        let text = String(decoding: data.prefix(64 * 1024), as: UTF8.self)
        guard text.hasPrefix("---") else { return nil }
        var inBlock = false
        var platform: String?
        var id: String?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst() {
            if line.hasPrefix("---") { break }
            if line.hasPrefix("imported_from:") {
                inBlock = true
                continue
            }
            guard inBlock else { continue }
            guard line.hasPrefix(" ") else {
                inBlock = false
                continue
            }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("platform:") { platform = scalar(trimmed.dropFirst("platform:".count)) }
            if trimmed.hasPrefix("id:") { id = scalar(trimmed.dropFirst("id:".count)) }
        }
        guard let platform, let id else { return nil }
        return platform + ":" + id
    }

    /// A plain or double-quoted YAML scalar, as the importer writes them.
    private static func scalar(_ raw: Substring) -> String {
        let value = raw.trimmingCharacters(in: .whitespaces)
        guard value.hasPrefix("\""), value.count >= 2,
            let decoded = try? JSONDecoder().decode(String.self, from: Data(value.utf8))
        else { return value }
        return decoded
    }
}

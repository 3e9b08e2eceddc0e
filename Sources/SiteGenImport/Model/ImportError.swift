import Foundation
import SiteGen

/// Why an import stopped before it changed anything. Each message says what
/// is wrong in the owner's words and what to do about it.
public enum ImportError: Error, CustomStringConvertible, Equatable {
    case exportMissing(String)
    case notAnExport(String, reason: String)
    case damaged(String, detail: String)
    case escapingEntry(String, entry: String)
    case bomb(String, produced: Int64, archiveBytes: Int64, ratio: Int64)
    case tooLarge(String, limit: Int64)
    case tooManyEntries(String, limit: Int)
    case documentTooLarge(String, size: Int64, limit: Int)
    case duplicateEntry(String)
    case postsNotFound(ImportPlatform, tried: [String], looksLike: ImportPlatform?)
    case invalidDocument(String, detail: String)
    case siteMissing(String)

    public var description: String {
        switch self {
        case .exportMissing(let path):
            return "\(path): no such file or folder; give the file the platform sent you (.zip, .tar.gz) or the folder where you unpacked it"
        case .notAnExport(let path, let reason):
            return
                "\(path): not an archive sitegen can read (\(reason)); give the .zip, .tar or .tar.gz file as the platform sent it, or the folder where you unpacked it"
        case .damaged(let path, let detail):
            return "\(path): the archive is damaged or incomplete (\(detail)); download it again from the platform. Nothing was imported."
        case .escapingEntry(let path, let entry):
            return
                "\(path): the entry \"\(entry)\" points outside the archive (a \"zip slip\"); this archive is not safe and was not read. Nothing was imported."
        case .bomb(let path, let produced, let archiveBytes, let ratio):
            return
                "\(path): the archive unpacks to more than \(ratio) times its size (\(ByteCount.text(produced)) from \(ByteCount.text(archiveBytes))), the mark of a \"zip bomb\"; it was not read. Nothing was imported."
        case .tooLarge(let path, let limit):
            return
                "\(path): the archive unpacks to more than \(ByteCount.text(limit)); if it is really yours, raise the limit with --max-size. Nothing was imported."
        case .tooManyEntries(let path, let limit):
            return "\(path): the archive holds more than \(limit) files; it was not read. Nothing was imported."
        case .documentTooLarge(let path, let size, let limit):
            return
                "\(path): this file is \(ByteCount.text(size)); sitegen reads files of posts up to \(ByteCount.text(Int64(limit))). Nothing was imported."
        case .duplicateEntry(let path):
            return "the export holds two files named \(path); sitegen does not guess which one is right. Nothing was imported."
        case .postsNotFound(let platform, let tried, let looksLike):
            var text = "no \(platform.displayName) posts found in this export; looked for: \(tried.joined(separator: ", "))"
            if let looksLike, looksLike != platform {
                text += ". This looks like a \(looksLike.displayName) export: try `sitegen import \(looksLike.rawValue) …`"
            }
            return text
        case .invalidDocument(let path, let detail):
            return "\(path): \(detail). Nothing was imported."
        case .siteMissing(let path):
            return "\(path): no site here (site.yml is missing); run the command in your site's folder or give --site"
        }
    }
}

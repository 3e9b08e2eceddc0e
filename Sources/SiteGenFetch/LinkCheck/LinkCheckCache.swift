import Foundation
import SiteGenCore

/// The results of earlier checks, on disk (`.sitegen/cache/links.json`), so
/// that a second run within the week asks no server anything:
///
///     {"version": 1, "results": [{"url": "...", "verdict": "ok", "httpStatus": 200,
///       "detail": "HTTP 200", "checkedAt": "2025-03-01T09:00:00Z"}, ...]}
///
/// A file that is missing, unreadable, over 10 MB, not this JSON, or of
/// another version is treated as empty (and replaced at the next write):
/// the cache only saves requests, it never fails a check. So is anything
/// but a plain file: a symbolic link (a site folder from elsewhere may hold
/// one to a file of the owner's) is neither read nor written through, but
/// replaced by the cache itself; a named pipe would block the read forever.
struct LinkCheckCache: Sendable {
    struct Contents: Codable {
        var version: Int
        var results: [LinkCheckResult]
    }

    static let version = 1
    static let maxBytes = 10_000_000
    /// A timeout or a 503 today may work tomorrow.
    static let errorLifetime: Duration = .seconds(3600)

    var file: URL
    var lifetime: Duration

    /// The results in the file by address, the newest when one repeats.
    func read() -> [String: LinkCheckResult] {
        guard isPlainFile else { return [:] }
        guard let handle = try? FileHandle(forReadingFrom: file) else { return [:] }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: Self.maxBytes + 1), data.count <= Self.maxBytes,
            let contents = try? Self.decoder.decode(Contents.self, from: data), contents.version == Self.version
        else { return [:] }
        var byAddress: [String: LinkCheckResult] = [:]
        for result in contents.results where byAddress[result.url].map({ $0.checkedAt < result.checkedAt }) ?? true {
            byAddress[result.url] = result
        }
        return byAddress
    }

    /// True while a result may stand for a new request: younger than the
    /// lifetime (an hour for an error), and not dated in the future by more
    /// than a minute (a clock that was wrong).
    func isFresh(_ result: LinkCheckResult, at now: Date) -> Bool {
        let age = now.timeIntervalSince(result.checkedAt)
        let lifetime = isShortLived(result) ? min(Self.seconds(Self.errorLifetime), Self.seconds(self.lifetime)) : Self.seconds(self.lifetime)
        return age >= -60 && age < lifetime
    }

    /// An error, or a page gone without an answer (its server's name was
    /// not found): a computer without a network, or a failing name server,
    /// finds no name at all, and a week of "gone" from it would hide
    /// every link's real state. A 404 or 410 is an answer, kept the week.
    private func isShortLived(_ result: LinkCheckResult) -> Bool {
        result.verdict == .error || (result.verdict == .gone && result.httpStatus == nil)
    }

    /// Adds `results` to what the file holds now (another check may have
    /// written it meanwhile), drops what is no longer fresh, and replaces
    /// the file in one step, creating its folder. Two checks at once: the
    /// last to rename wins, with what it read just before.
    func write(_ results: [LinkCheckResult], now: Date) throws {
        var merged = read()
        for result in results where merged[result.url].map({ $0.checkedAt <= result.checkedAt }) ?? true {
            merged[result.url] = result
        }
        var kept = merged.values.filter { isFresh($0, at: now) }.sorted { $0.url < $1.url }
        var data = try Self.encoder.encode(Contents(version: Self.version, results: kept))
        // Thousands of very long addresses: keep the newest half until it fits.
        while data.count > Self.maxBytes, !kept.isEmpty {
            kept = Array(kept.sorted { $0.checkedAt > $1.checkedAt }.prefix(kept.count / 2)).sorted { $0.url < $1.url }
            data = try Self.encoder.encode(Contents(version: Self.version, results: kept))
        }
        let folder = file.deletingLastPathComponent()
        try Self.makeFolders(folder)
        // Not FileSystem.replace, which writes through a symbolic link: a new
        // file beside it, renamed over the path, replaces the link itself.
        let temporary = folder.appendingPathComponent(".\(file.lastPathComponent).sitegen-\(UUID().uuidString)")
        try data.write(to: temporary, options: .withoutOverwriting)
        do {
            try FileSystem.live.moveReplacing(temporary, file)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// mkdir(2) from the top, as `mkdir -p`: its errors are the system's
    /// plain words ("Not a directory" when `.sitegen` is a file, "Permission
    /// denied"), where Foundation's say "NSCocoaErrorDomain error 512".
    private static func makeFolders(_ folder: URL) throws {
        var path = ""
        for component in folder.standardizedFileURL.path.split(separator: "/") {
            path += "/" + component
            if mkdir(path, 0o755) != 0, errno != EEXIST { throw POSIXError(errno, "cannot make its folder") }
        }
        var status = stat()
        guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR else { throw POSIXError(ENOTDIR, "cannot make its folder") }
    }

    /// The path names a file itself, not a link, a folder or a pipe.
    private var isPlainFile: Bool {
        var status = stat()
        return lstat(file.path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
    }

    private static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    private static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}

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
/// the cache only saves requests, it never fails a check.
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
        let lifetime = result.verdict == .error ? min(Self.seconds(Self.errorLifetime), Self.seconds(self.lifetime)) : Self.seconds(self.lifetime)
        return age >= -60 && age < lifetime
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
        try FileSystem.live.createDirectory(file.deletingLastPathComponent())
        try FileSystem.live.replace(data, file)
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

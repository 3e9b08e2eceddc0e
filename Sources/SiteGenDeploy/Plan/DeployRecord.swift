import Foundation

/// `.sitegen-deployed.json`, kept beside the site on the host (and a copy
/// in `.sitegen/deploy/` on this machine): the files sitegen published
/// there, each with its checksum. A deploy removes only files listed here,
/// so the host's own files (`.htaccess`, `webmail/`, another application)
/// are never touched; and it sends only files whose checksum changed.
///
/// A file being uploaded is listed with an empty checksum: if the deploy is
/// cut off, the next one knows the file is sitegen's and sends it again.
public struct DeployRecord: Sendable, Equatable {
    public static let fileName = ".sitegen-deployed.json"
    /// A record larger than this is refused rather than read: a site of
    /// 100,000 files takes about 12 MB.
    static let largest = 64 * 1024 * 1024
    static let format = "sitegen-deployed/1"

    /// Path → SHA-256, "" while the file is on its way.
    public var files: [String: String]
    /// The source the published files were built from (`git describe`), when known.
    public var source: String?
    public var deployed: Date?

    public init(files: [String: String] = [:], source: String? = nil, deployed: Date? = nil) {
        self.files = files
        self.source = source
        self.deployed = deployed
    }

    private struct Stored: Codable {
        var format: String
        var about: String?
        var source: String?
        var deployed: Date?
        var files: [String: String]
    }

    public func encoded() -> Data {
        let stored = Stored(
            format: Self.format,
            about: "The files sitegen published in this folder. `sitegen deploy` removes only files listed here; keep this file.",
            source: source, deployed: deployed, files: files)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return (try? encoder.encode(stored)) ?? Data()
    }

    /// Reads a record from a host, which anyone with access to it could have
    /// edited: every path must stay inside the site's folder.
    public init(decoding data: Data, from place: String) throws {
        guard data.count <= Self.largest else {
            throw DeployError("\(place) is \(data.count / 1_000_000) MB, too large to be sitegen's list of the files it published")
        }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        guard let stored = try? decoder.decode(Stored.self, from: data), stored.format == Self.format else {
            throw DeployError(
                "\(place) is not a list of published files that this sitegen can read. "
                    + "It decides what sitegen may remove, so sitegen stops here; move the file away to publish everything anew.")
        }
        for (path, hash) in stored.files {
            guard RemotePath.isSafe(path), hash.isEmpty || hash.range(of: "^[0-9a-f]{64}$", options: .regularExpression) != nil else {
                throw DeployError(
                    "\(place) lists \(path.debugDescription), which is not a file of the site's folder. "
                        + "It decides what sitegen may remove, so sitegen stops here and changes nothing.")
            }
        }
        self.init(files: stored.files, source: stored.source, deployed: stored.deployed)
    }
}

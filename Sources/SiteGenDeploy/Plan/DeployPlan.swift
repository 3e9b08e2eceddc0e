import Foundation

/// What a deploy does, worked out before anything is sent: the files to
/// upload (assets, then pages, then feeds and sitemaps), the files sitegen
/// published before that are gone from the build, and the folders those
/// leave empty.
public struct DeployPlan: Sendable {
    public var uploads: [PublishedFile]
    public var removals: [String]
    /// Folders to remove if nothing else is in them, deepest first: a folder
    /// that also holds the host's own files stays.
    public var emptiedFolders: [String]
    /// Files a cut-off deploy left half-sent under a temporary name and that
    /// this deploy does not send again.
    public var abandoned: [String]
    /// Files a cut-off deploy was sending, sent again now. Their temporary
    /// copy is removed first: an FTP server may still be writing into it
    /// what the cut connection had sent, and would mix it with the new bytes.
    public var resent: [String]
    public var unchanged: Int
    public var uploadBytes: Int { uploads.reduce(0) { $0 + $1.size } }

    public init(local: [PublishedFile], record: DeployRecord?) {
        let published = record?.files ?? [:]
        let paths = Set(local.map(\.path))
        uploads = local.filter { published[$0.path] != $0.hash }.sorted { ($0.wave, $0.path) < ($1.wave, $1.path) }
        unchanged = local.count - uploads.count
        removals = published.keys.filter { !paths.contains($0) }.sorted()
        abandoned = removals.filter { published[$0] == "" }
        resent = uploads.filter { published[$0.path] == "" }.map(\.path)
        let keptFolders = Set(local.flatMap { RemotePath.folders(of: $0.path) })
        let emptied = Set(removals.flatMap { RemotePath.folders(of: $0) }).subtracting(keptFolders)
        emptiedFolders = emptied.sorted { left, right in
            let depths = (left.split(separator: "/").count, right.split(separator: "/").count)
            return depths.0 != depths.1 ? depths.0 > depths.1 : left < right
        }
    }

    public var isEmpty: Bool { uploads.isEmpty && removals.isEmpty }

    /// The record while the uploads are under way: every file sitegen
    /// published or is publishing, the new ones with no checksum yet.
    func recordDuringUploads(_ old: DeployRecord?) -> DeployRecord {
        var files = old?.files ?? [:]
        for file in uploads { files[file.path] = "" }
        return DeployRecord(files: files, source: old?.source, deployed: old?.deployed)
    }

    /// The record once the uploads are done and before the removals.
    func recordBeforeRemovals(_ local: [PublishedFile], old: DeployRecord?, source: String?, now: Date) -> DeployRecord {
        var files = Dictionary(uniqueKeysWithValues: local.map { ($0.path, $0.hash) })
        for path in removals { files[path] = old?.files[path] ?? "" }
        return DeployRecord(files: files, source: source, deployed: now)
    }
}

import Foundation
import SiteGen
import SiteGenCore

/// The built site on this machine: every file with its size and checksum.
/// Only regular files are published; a link is refused rather than followed,
/// and the build's own marker file stays home.
public enum LocalTree {
    static let leftHome: Set<String> = [OutputMarker.name]

    public static func scan(_ folder: URL) throws -> [PublishedFile] {
        var files: [PublishedFile] = []
        try scan(folder, prefix: "", into: &files)
        return files.sorted { $0.path < $1.path }
    }

    private static func scan(_ folder: URL, prefix: String, into files: inout [PublishedFile]) throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        for name in names {
            let path = prefix.isEmpty ? name : "\(prefix)/\(name)"
            if prefix.isEmpty && leftHome.contains(name) { continue }
            guard RemotePath.isSafe(path) else {
                throw DeployError("the built site has a file whose name cannot be sent safely: \(path.debugDescription)")
            }
            let url = folder.appendingPathComponent(name)
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            switch attributes[.type] as? FileAttributeType {
            case .typeDirectory?:
                try scan(url, prefix: path, into: &files)
            case .typeRegular?:
                let data = try Data(contentsOf: url, options: .alwaysMapped)
                files.append(PublishedFile(path: path, size: data.count, hash: ContentHash.sha256(data), local: url))
            default:
                throw DeployError("the built site has \(path), which is not a plain file or folder; sitegen publishes neither links nor devices")
            }
        }
    }
}

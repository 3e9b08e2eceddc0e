import Foundation

/// Where sitegen keeps its own files for a target, inside the site's folder.
public enum DeployState {
    /// `.sitegen/deploy/NAME/`.
    public static func folder(of target: String, site: URL) -> URL {
        site.appendingPathComponent(".sitegen/deploy/\(target)", isDirectory: true)
    }
}

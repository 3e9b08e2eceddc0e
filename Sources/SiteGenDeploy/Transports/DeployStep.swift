import Foundation

/// One thing a deploy does on the host, in the order it must happen. A
/// transport carries the whole list out in as few connections as its tool
/// allows, and in this order, so that a cut-off deploy leaves a working site.
public enum DeployStep: Sendable, Equatable {
    /// Sends a file of the site, whole or not at all (under a temporary
    /// name, then renamed over the old one).
    case upload(PublishedFile)
    /// Replaces the host's record of what sitegen published.
    case writeRecord(Data)
    /// Removes a file sitegen published before.
    case remove(String)
    /// Removes the temporary copy a cut-off deploy left of a file.
    case removePartial(String)
    /// Removes a folder if, and only if, it is empty.
    case removeFolderIfEmpty(String)

    /// The temporary name a file has while it is on its way: hidden, and
    /// named so that the owner who sees it knows whose it is.
    static func partialName(of path: String) -> String {
        let folders = path.split(separator: "/").dropLast()
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return (folders.map(String.init) + [".\(name).sitegen-part"]).joined(separator: "/")
    }
}

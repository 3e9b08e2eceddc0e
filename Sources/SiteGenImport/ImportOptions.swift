import Foundation
import SiteGen

/// What `sitegen import` was asked to do.
public struct ImportOptions: Sendable {
    public var platform: ImportPlatform
    /// The archive (or the parts of a split export), or the folders they were unpacked in.
    public var exportPaths: [String]
    public var siteDirectory: String
    /// The folder of `content/` the posts go into.
    public var section = "posts"
    public var since: Date?
    /// Inclusive: posts up to the end of this instant.
    public var until: Date?
    public var dryRun = false
    /// Import again the posts whose page was deleted since an earlier import.
    public var restore = false
    /// A copy of the old WordPress site's `wp-content/uploads`, for its images.
    public var mediaDirectory: String?
    /// X: also import replies to other accounts (replies to oneself, threads, always are).
    public var includeReplies = false
    public var limits = ExportLimits()

    public init(platform: ImportPlatform, exportPaths: [String], siteDirectory: String) {
        self.platform = platform
        self.exportPaths = exportPaths
        self.siteDirectory = siteDirectory
    }
}

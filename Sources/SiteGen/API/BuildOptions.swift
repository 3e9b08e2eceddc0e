import Foundation
import SiteGenCore

/// What `sitegen build` was asked to do.
public struct BuildOptions: Sendable {
    /// The site's folder, holding `site.yml` and `content/`.
    public var siteDirectory: URL
    /// Where the site is written; `public/` inside the site's folder by default.
    public var outputDirectory: URL
    /// `--base-url`: publish under another address than `site.yml`'s `url:`.
    public var baseURL: String?
    /// `--drafts`: include pages marked `draft: true`.
    public var includeDrafts: Bool
    /// The folder that messages show paths relative to.
    public var workingDirectory: URL
    /// When another build of the same output folder is running: wait for it
    /// (true), or fail at once (`--no-wait`).
    public var waitForOtherBuilds: Bool

    // The process's working folder is not a disk access: it only shortens the paths shown.
    public init(
        siteDirectory: URL, outputDirectory: URL? = nil, baseURL: String? = nil, includeDrafts: Bool = false,
        workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath), waitForOtherBuilds: Bool = true
    ) {
        self.siteDirectory = siteDirectory.standardizedFileURL
        // A public/ that is a symbolic link (to a web server's folder) stays
        // one: the folder it names is the one built beside and replaced.
        self.outputDirectory = (outputDirectory ?? siteDirectory.appendingPathComponent("public")).standardizedFileURL.resolvingSymlinksInPath()
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
        self.workingDirectory = workingDirectory.standardizedFileURL
        self.waitForOtherBuilds = waitForOtherBuilds
    }

    /// A path as the user would type it: relative to the working folder when inside it.
    public func display(_ url: URL) -> String {
        PathDisplay(workingDirectory: workingDirectory).display(url)
    }
}

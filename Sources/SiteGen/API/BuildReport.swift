import Foundation
import SiteGenCore

/// What a successful build did, for the summary line and `--verbose`.
public struct BuildReport: Sendable {
    public struct StepTiming: Sendable {
        public var name: String
        public var duration: Duration
    }

    public var pageCount: Int
    public var redirectCount: Int
    public var staticFileCount: Int
    public var outputDirectory: URL
    public var outputDisplayPath: String
    public var duration: Duration
    public var steps: [StepTiming]
    public var warnings: [Diagnostic]
    /// Output files written by this build, pages first; for a small rebuild
    /// of the preview, only those it re-rendered or copied.
    public var written: [String] = []
    /// What the image step did: a build with unchanged photos makes nothing.
    public var images = ImageWork()
    /// Nothing changed since the last build, which is left as it was: no
    /// step ran, and the counts and warnings are those of that build.
    public var upToDate = false

    /// `Built 14 pages in 0.08 s -> public/`, or for a build with nothing to
    /// do, `Up to date: 14 pages in public/, nothing changed since the last build (0.01 s)`.
    public var summary: String {
        guard upToDate else { return "\(summaryWithoutFolder) -> \(outputDisplayPath)/" }
        let pages = pageCount == 1 ? "1 page" : "\(pageCount) pages"
        return "Up to date: \(pages) in \(outputDisplayPath)/, nothing changed since the last build (\(String(format: "%.2f", seconds)) s)"
    }

    private var seconds: Double { Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18 }

    /// `Built 14 pages in 0.08 s`, for a build into a folder the owner never sees.
    public var summaryWithoutFolder: String {
        let pages = pageCount == 1 ? "1 page" : "\(pageCount) pages"
        return "Built \(pages) in \(String(format: "%.2f", seconds)) s"
    }

    /// `Photos: 12 (2 processed, 132 files made, 18 from the cache)`, for
    /// `--verbose`; nil for a site without photos.
    public var imageSummary: String? {
        guard images.images > 0 else { return nil }
        return "Photos: \(images.images) (\(images.processed) processed, \(images.made) files made, \(images.reused) from the cache)"
    }
}

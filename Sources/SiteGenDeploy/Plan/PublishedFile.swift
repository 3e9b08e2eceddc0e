import Foundation

/// One file of the built site, as a deploy compares and sends it.
public struct PublishedFile: Sendable, Equatable {
    /// Its path in the site, with `/` between folders (`nos-pains/index.html`).
    public var path: String
    public var size: Int
    /// SHA-256 of its bytes, in hexadecimal.
    public var hash: String
    public var local: URL

    /// Which files go first, so that a visitor during a deploy never gets a
    /// page whose pictures or stylesheet are not there yet, nor a feed or
    /// sitemap that names a page not there yet.
    public enum Wave: Int, Sendable, Comparable, CaseIterable {
        case assets, pages, listings

        public static func < (lhs: Wave, rhs: Wave) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public var wave: Wave {
        let name = path.lowercased()
        if name.hasSuffix(".html") || name.hasSuffix(".htm") { return .pages }
        if name.hasSuffix(".xml") || name == "robots.txt" { return .listings }
        return .assets
    }
}

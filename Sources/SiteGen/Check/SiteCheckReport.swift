import SiteGenCore

/// What `sitegen check` found without the network: everything a build
/// reports, the audit's warnings, and the links to other sites to ask about.
public struct SiteCheckReport: Sendable {
    /// Errors and warnings, in file order.
    public var diagnostics: [Diagnostic]
    /// Every profile and press article (those known dead or gone excepted)
    /// and every link of a page to another site, where each was written.
    public var outgoingLinks: [OutgoingLink]
    /// False when the build failed: then only links.yml's links are known.
    public var built: Bool
    public var pageCount: Int
    /// site.yml's `url`, for the User-Agent of the link check; nil when the build failed before reading it.
    public var siteAddress: String?
    /// The web fonts the home page loads, in bytes: counted apart from its
    /// 14 KB, as they come after the first round trip.
    public var homePageFontBytes = 0

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
}

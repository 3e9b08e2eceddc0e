/// What `sitegen verify` found on one profile page, from best to worst for
/// the owner; `unverifiable` says nothing about the page, so it never fails.
public enum LinkBackResult: String, Sendable, CaseIterable, Comparable {
    /// A link back with `rel="me"` to the home page (or, for Mastodon, a
    /// profile field Mastodon itself verified).
    case verified
    /// A link to the site without `rel="me"`: fine for most platforms.
    case linksBack = "links back"
    /// Nothing on the page leads to the site.
    case noLinkBack = "no link back"
    /// The platform refuses robots or draws its page with JavaScript.
    case unverifiable

    public static func < (a: LinkBackResult, b: LinkBackResult) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

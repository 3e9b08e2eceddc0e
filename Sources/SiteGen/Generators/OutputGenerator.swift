/// One kind of file the build writes besides the pages: a feed, the
/// sitemap, the contact card, the theme's stylesheets... Each says which
/// paths it claims (so that the planner refuses a page or a static file at
/// the same address before anything is written), which changes make it
/// write again (so that the preview redoes no more than needed), and writes
/// from the build's values. `OutputGenerator.all` is the one list the
/// planner, the build and the preview use.
struct OutputGenerator: Sendable {
    /// For messages and tests: "news feed".
    var name: String
    /// The `--verbose` step it runs in; generators of one step run together.
    var step: String
    /// The paths it writes, known before any page is planned.
    var claims: @Sendable (ClaimInput) -> [ClaimedPath]
    /// Whether a partial rebuild with these changes must run it again.
    var isAffected: @Sendable (SiteChanges, SitePlan) -> Bool
    var write: @Sendable (GeneratorInput) throws -> Void
    /// The claimed paths it will not write for this site, each with the
    /// reason in plain words, so that a link to one is refused with it: a
    /// site without news posts has no news feed.
    var unwritten: @Sendable (SiteInputs, SitePlan) -> [String: String] = { _, _ in [:] }
}

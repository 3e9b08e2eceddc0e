/// What a finished build knows: its inputs, its plan and what rendering
/// found. The preview keeps the last one, to rebuild parts of the site from it.
struct BuildSnapshot: Sendable {
    var environment: BuildEnvironment
    var inputs: SiteInputs
    var plan: SitePlan
    var views: ViewBuilder
    /// How the pages' links were rewritten: a small rebuild changes neither
    /// the site's pages nor its files, so it rewrites them the same way.
    var links: LinkRewriter
    var rendered: PageRenderer.Result
    /// What the image step did.
    var images = ImageWork()
}

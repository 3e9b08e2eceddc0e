/// What a finished build knows: its inputs, its plan and what rendering
/// found. The preview keeps the last one, to rebuild parts of the site from it.
struct BuildSnapshot: Sendable {
    var environment: BuildEnvironment
    var inputs: SiteInputs
    var plan: SitePlan
    var views: ViewBuilder
    var rendered: PageRenderer.Result
    /// What the image step did.
    var images = ImageWork()
}

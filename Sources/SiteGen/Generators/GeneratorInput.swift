/// What a generator reads and where it writes: the build's values after the
/// pages are rendered, and, in a partial rebuild of the preview, what changed.
struct GeneratorInput: Sendable {
    var inputs: SiteInputs
    var plan: SitePlan
    /// For the pages sitegen renders with the theme (404, redirects); the
    /// other generators read the site's values, never views.
    var views: ViewBuilder
    var rendered: PageRenderer.Result
    var environment: BuildEnvironment
    var output: OutputDirectory
    /// nil in a full build, where every generator writes everything.
    var changes: SiteChanges?

    var config: SiteConfig { inputs.config }
    /// The theme's words in the site's language.
    var texts: ThemeTexts { ThemeTexts(language: inputs.config.language) }
}

/// What a generator may read to say which paths it will write: the site as
/// loaded, before any page is planned. Image variants will claim from the
/// static files, per-language pages from the configuration.
struct ClaimInput: Sendable {
    var config: SiteConfig
    var sources: [LoadedSource]
    var staticFiles: [String]
    /// nil when the theme failed to load (its errors are reported elsewhere).
    var theme: Theme?
}

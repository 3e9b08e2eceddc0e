import SiteGenManifest

/// Everything a build reads from the site's folder and the theme, loaded
/// and checked: what the loading stage returns and every later stage takes.
struct SiteInputs: Sendable {
    var config: SiteConfig
    var links: LinksManifest
    /// The Markdown files of `content/`, read and parsed.
    var sources: [LoadedSource]
    /// Files of `static/`, relative to it.
    var staticFiles: [String]
    /// The raster images of `static/`, with their hashes and headers.
    var images: ImageCatalog = ImageCatalog()
    var theme: Theme
    /// The web fonts site.yml chose, made.
    var fonts = WebFonts.none
    /// What site.yml's theme colours and corners add to style.css.
    var brand = BrandStylesheet(ThemeSettings())
    var registry: PlatformRegistry
    var presence: SitePresence
}

extension SiteInputs {
    /// The files and folders of the site's folder that a build reads.
    static let pathsRead = ["site.yml", "links.yml", "content", "static", "templates"]
}

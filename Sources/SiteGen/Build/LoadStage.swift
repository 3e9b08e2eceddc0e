import Foundation
import SiteGenCore
import SiteGenManifest

/// The first stage: reads the site's files and the theme. Each step returns
/// what it read, checked, or nil when it has errors (all of them in the log).
enum LoadStage {
    static func readSiteConfig(_ environment: BuildEnvironment) -> SiteConfig? {
        let url = environment.siteFile("site.yml")
        guard environment.fileSystem.kind(url) == .file else {
            environment.log.report(
                .error(
                    at: SourceLocation(file: environment.options.display(url)),
                    "no site.yml here; is \(environment.options.display(environment.siteDirectory)) a sitegen site? (`sitegen init DIR` makes one)"))
            return nil
        }
        let config = environment.log.collecting { () throws(DiagnosticsError) in
            let source = YAMLSource(file: environment.options.display(url), text: try environment.readText(url))
            return try SiteConfigLoader().load(source, baseURLOverride: environment.options.baseURL)
        }
        if let config { environment.log.report(config.warnings) }
        return config
    }

    /// A site without links.yml has no profiles and no press yet.
    static func readLinks(_ environment: BuildEnvironment) -> LinksManifest? {
        let url = environment.siteFile("links.yml")
        guard environment.fileSystem.kind(url) == .file else { return .empty }
        return environment.log.collecting { () throws(DiagnosticsError) in
            let source = YAMLSource(file: environment.options.display(url), text: try environment.readText(url))
            return try LinksManifestLoader().load(source)
        }
    }

    /// The pages that loaded; those that did not are in the log, and the
    /// build stops before planning.
    static func readContent(_ environment: BuildEnvironment) -> [LoadedSource] {
        let loader = ContentLoader(
            fileSystem: environment.fileSystem, contentDirectory: environment.siteFile("content"),
            display: environment.options.display)
        let (sources, diagnostics) = loader.load()
        environment.log.report(diagnostics)
        return sources
    }

    /// Each file of `content/` in its language (`contact.en.md`), on a
    /// site in several; unchanged on a site in one language, or when
    /// site.yml did not load.
    static func sortTranslations(_ files: [LoadedSource], _ config: SiteConfig?, _ environment: BuildEnvironment) -> [LoadedSource] {
        guard let config else { return files }
        let (sources, diagnostics) = TranslationFiles(config: config).assign(files)
        environment.log.report(diagnostics)
        return sources
    }

    static func listStaticFiles(_ environment: BuildEnvironment) -> [String] {
        let folder = environment.siteFile("static")
        guard environment.fileSystem.kind(folder) == .directory else { return [] }
        do {
            let listing = try environment.fileSystem.listing(folder, environment.siteDirectory)
            environment.log.report(ContentLoader.diagnostics(for: listing.problems, below: folder, display: environment.options.display))
            return listing.files
        } catch {
            environment.log.report(
                .error(at: SourceLocation(file: environment.display("static")), "cannot list the folder: \(error.localizedDescription)"))
            return []
        }
    }

    /// The placeholder `sitegen init` wrote is not the business's logo: the
    /// build says so until it is replaced, as it would go unnoticed in a
    /// header that looks finished.
    static func checkPlaceholderLogo(_ config: SiteConfig, _ staticFiles: [String], _ environment: BuildEnvironment) {
        guard let logo = config.logo, logo.hasPrefix("/"), staticFiles.contains(String(logo.dropFirst())) else { return }
        let file = environment.siteFile("static" + logo)
        guard let data = try? environment.fileSystem.read(file), PlaceholderLogo.isPlaceholder(data) else { return }
        environment.log.report(
            .warning(
                at: config.locations["logo"] ?? SourceLocation(file: environment.display("site.yml")),
                "logo: \(environment.display("static" + logo)) is still the placeholder that sitegen init made; replace it with your own logo (SVG, PNG or JPEG)"
            ))
    }

    static func loadTheme(_ environment: BuildEnvironment) -> Theme? {
        environment.log.collecting { () throws(DiagnosticsError) in
            let files = try ThemeLoader(fileSystem: environment.fileSystem)
                .files(siteTemplates: environment.siteFile("templates"), displayRoot: environment.display("templates"))
            return try Theme(files: files)
        }
    }

    /// The site's `templates/platforms.yml`, or the theme's.
    static func loadPlatforms(_ theme: Theme, _ environment: BuildEnvironment) -> PlatformRegistry? {
        guard let file = theme.data["platforms.yml"] else { return PlatformRegistry(platforms: []) }
        return environment.log.collecting { () throws(DiagnosticsError) in
            let source = YAMLSource(file: file.displayPath, text: String(decoding: file.data, as: UTF8.self))
            return try PlatformRegistryLoader().load(source)
        }
    }
}

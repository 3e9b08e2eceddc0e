import SiteGenCore

/// The stages of `sitegen build`, top to bottom: load, plan, render. Each
/// step runs when what it reads was made, so that one build reports every
/// problem it can find; rendering waits for a site without errors, as pages
/// whose links point to a file that failed to load would only add noise.
enum BuildPipeline {
    static func run(_ environment: BuildEnvironment, into output: OutputDirectory, _ steps: StepRunner) throws -> BuildSnapshot {
        // Loading: every file is read, even when another failed.
        let config = try steps.run("Read site.yml") { LoadStage.readSiteConfig(environment) }
        let links = try steps.run("Read links.yml") { LoadStage.readLinks(environment) }
        let files = try steps.run("Read content") { LoadStage.readContent(environment) }
        // Without site.yml's languages, every file is taken as it is named.
        let sources = try steps.run("Sort translations") { LoadStage.sortTranslations(files, config, environment) }
        let staticFiles = try steps.run("List static files") { LoadStage.listStaticFiles(environment) }
        let images = try steps.run("Read images") { ImageStage.catalog(staticFiles, environment) }
        let theme = try steps.run("Load templates") { LoadStage.loadTheme(environment) }
        let registry = try steps.run("Load platforms", needing: theme) { LoadStage.loadPlatforms($0, environment) }
        let fonts = try steps.run("Make web fonts", needing: config) { WebFontStage.make($0, environment) }

        // Planning and the checks that need it.
        let plan = try steps.run("Plan pages", needing: config, sources, staticFiles) {
            PlanStage.plan($0, $1, $2, theme: theme, environment)
        }
        try steps.run("Check templates", needing: theme) { PlanStage.checkTemplates($0, plan, environment) }
        try steps.run("Check dates", needing: config) { PlanStage.checkStaleness($0, environment) }
        try steps.run("Check the theme's words", needing: config) { PlanStage.checkThemeTexts($0, environment) }
        let brand = try steps.run("Check the theme's colours", needing: config) { BrandTheme.check($0, environment) }
        try steps.run("Check the custom stylesheet", needing: theme, staticFiles) {
            PlanStage.checkCustomStylesheet($0, $1, environment)
        }
        try steps.run("Check the logo", needing: config, staticFiles) { LoadStage.checkPlaceholderLogo($0, $1, environment) }

        try environment.log.throwIfErrors()
        guard let config, let links, let theme, let registry, let plan, let fonts, let brand else {
            // Every step that returns nil has logged an error first.
            throw DiagnosticsError(.error(at: SourceLocation(file: environment.display("site.yml")), "the site did not load; please report this"))
        }
        let inputs = SiteInputs(
            config: config, links: links, sources: sources, staticFiles: staticFiles, images: images, theme: theme, fonts: fonts,
            brand: brand, registry: registry, presence: SitePresence(links: links, registry: registry))
        return try RenderStage.run(inputs, plan, into: output, environment, steps)
    }
}

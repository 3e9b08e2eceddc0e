import SiteGenCore

/// The second stage: from the loaded site, the plan of every page and
/// output file, and the checks that need it (templates, dates).
enum PlanStage {
    /// The plan, or nil when pages clash or have impossible addresses (in
    /// the log). `theme` is nil when it failed to load; the plan is still
    /// made, so that its problems are reported in the same build.
    static func plan(
        _ config: SiteConfig, _ sources: [LoadedSource], _ staticFiles: [String], theme: Theme?,
        _ environment: BuildEnvironment
    ) -> SitePlan? {
        let generated =
            [ClaimedPath(path: OutputMarker.name, owner: "sitegen's output marker")]
            + OutputGenerator.all.flatMap { $0.claims(ClaimInput(config: config, sources: sources, staticFiles: staticFiles, theme: theme)) }
        let languages = config.languages
        let addresses = languages.map { BuiltInAddresses(sources: sources, language: $0) }
        let builtInPages = zip(languages, addresses).flatMap { language, addresses -> [SitePlanner.BuiltInPage] in
            let texts = ThemeTexts(language: language.code).strings
            return [
                .init(
                    sourceFile: BuiltInAddresses.sourceFile("links.md", language), defaultPath: language.pathPrefix + BuiltInAddresses.defaultLinks,
                    sitePath: addresses.links, templateName: "links", title: texts["links_title"] ?? "Links", weight: 90, language: language),
                .init(
                    sourceFile: BuiltInAddresses.sourceFile("press.md", language), defaultPath: language.pathPrefix + BuiltInAddresses.defaultPress,
                    sitePath: addresses.press, templateName: "press", title: texts["press_title"] ?? "Press", weight: 91, language: language),
            ]
        }
        let planner = SitePlanner(
            config: config, includeDrafts: environment.options.includeDrafts, generatedFiles: generated,
            staticFiles: staticFiles, staticDisplayRoot: environment.display("static"), builtInPages: builtInPages)
        guard var plan = environment.log.collecting({ () throws(DiagnosticsError) in try planner.plan(sources) }) else { return nil }
        environment.log.report(plan.warnings)
        plan.outputPaths = Set(plan.pages.map(\.outputPath) + plan.redirects.map(\.outputPath) + staticFiles + generated.map(\.path))
        plan.outputPaths.remove(OutputMarker.name)
        for (index, addresses) in addresses.enumerated() { plan.editions[index].builtInAddresses = addresses }
        return plan
    }

    /// site.yml's `logo:`, `image:` and `theme.hero`, and each page's `image:`, that name a
    /// path of the site must name a file it has; addresses of other sites are
    /// left to `sitegen check --external`.
    static func missingImages(_ config: SiteConfig, _ plan: SitePlan, siteFile: String) -> [Diagnostic] {
        var found: [Diagnostic] = []
        func check(_ key: String, _ value: String?, at location: SourceLocation) {
            guard let value, value.hasPrefix("/"),
                let problem = LinkRewriter.missingFile(value, from: "/", among: plan.outputPaths)
            else { return }
            found.append(.error(at: location, "\(key): \(TextField.quoted(value)) \(problem)"))
        }
        check("logo", config.logo, at: config.locations["logo"] ?? SourceLocation(file: siteFile))
        check("image", config.image, at: config.locations["image"] ?? SourceLocation(file: siteFile))
        check("theme.hero", config.theme.hero, at: config.theme.locations["hero"] ?? SourceLocation(file: siteFile))
        for page in plan.pages {
            check("image", page.frontMatter.image, at: page.frontMatter.keyLocations["image"] ?? page.location)
        }
        return found
    }

    /// Every page's template exists, the theme has the pages sitegen needs,
    /// and no template uses a name that no view has.
    static func checkTemplates(_ theme: Theme, _ plan: SitePlan?, _ environment: BuildEnvironment) {
        var used: Set<String> = []
        for page in plan?.pages ?? [] {
            if theme.templates[page.templateName] != nil {
                used.insert(page.templateName)
            } else {
                let location = page.frontMatter.keyLocations["template"] ?? page.location
                environment.log.report(
                    .error(
                        at: location,
                        "no template named \"\(page.templateName)\" (looked for \(environment.display("templates"))/\(page.templateName).mustache and in the theme)"
                    ))
            }
        }
        for name in TemplateLinter.themePageTemplates.sorted() where theme.templates[name] == nil {
            environment.log.report(.error(at: SourceLocation(file: environment.display("templates")), "the theme has no \(name).mustache"))
        }
        environment.log.report(TemplateLinter(templates: theme.templates).lintSite(using: used))
    }

    /// A language whose words the theme does not have (`pt`) shows them in
    /// English: a warning names them, so that the owner knows what visitors
    /// will read, and a translator what to add.
    static func checkThemeTexts(_ config: SiteConfig, _ environment: BuildEnvironment) {
        let location = config.locations["languages"] ?? config.locations["language"] ?? SourceLocation(file: environment.display("site.yml"))
        for language in config.languages {
            let missing = ThemeTexts.missingKeys(language: language.code)
            guard !missing.isEmpty else { continue }
            environment.log.report(
                .warning(
                    at: location,
                    "the theme's own words are not written in \(language.code) (\(language.ownName)): its pages show \(missing.count) of them in English (\(missing.joined(separator: ", ")))"
                ))
        }
    }

    /// A `static/custom.css` is a stylesheet in the wrong folder: say where it goes.
    static func checkCustomStylesheet(_ theme: Theme, _ staticFiles: [String], _ environment: BuildEnvironment) {
        if let warning = CustomStylesheet.misplacedWarning(
            staticFiles: staticFiles, theme: theme, staticDisplayRoot: environment.display("static"),
            templatesDisplayRoot: environment.display("templates"))
        {
            environment.log.report(warning)
        }
    }

    /// Warnings, never errors: details nobody has checked for a year, and
    /// special hours that have all passed.
    static func checkStaleness(_ config: SiteConfig, _ environment: BuildEnvironment) {
        environment.log.report(StalenessCheck(config: config, today: environment.clock.today()).warnings(siteFile: environment.display("site.yml")))
    }
}

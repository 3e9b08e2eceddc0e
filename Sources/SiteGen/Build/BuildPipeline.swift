import Foundation

/// The steps of `sitegen build`, top to bottom.
enum BuildPipeline {
    static let steps: [BuildStep] = [
        BuildStep("Read site.yml", run: readSiteConfig),
        BuildStep("Read links.yml", run: readLinks),
        BuildStep("Read content", run: readContent),
        BuildStep("List static files", run: listStaticFiles),
        BuildStep("Load templates", run: loadTheme),
        BuildStep("Load platforms", run: loadPlatforms),
        BuildStep("Plan pages", run: planPages),
        BuildStep("Check templates", run: checkTemplates),
        BuildStep("Check dates", run: checkStaleness),
        BuildStep("Prepare output", needsNoErrors: true, run: prepareOutput),
        BuildStep("Render pages", needsNoErrors: true, run: renderPages),
        BuildStep("Write redirects and 404", needsNoErrors: true, run: writeRedirectsAndNotFound),
        BuildStep("Write feeds, sitemap and robots.txt", needsNoErrors: true, run: writeIndexes),
        BuildStep("Write contact card and QR code", needsNoErrors: true, run: writeContactFiles),
        BuildStep("Copy theme and static files", needsNoErrors: true, run: copyFiles),
        BuildStep("Publish", needsNoErrors: true, run: publish),
    ]

    static func readSiteConfig(_ context: BuildContext) throws {
        let url = context.siteFile("site.yml")
        guard context.fileSystem.kind(url) == .file else {
            context.log.report(.error(at: SourceLocation(file: context.options.display(url)),
                                      "no site.yml here; is \(context.options.display(context.siteDirectory)) a sitegen site? (`sitegen init DIR` makes one)"))
            return
        }
        context.config = context.log.collecting { () throws(DiagnosticsError) in
            let source = YAMLSource(file: context.options.display(url), text: try context.readText(url))
            return try SiteConfigLoader().load(source, baseURLOverride: context.options.baseURL)
        }
    }

    static func readLinks(_ context: BuildContext) throws {
        let url = context.siteFile("links.yml")
        guard context.fileSystem.kind(url) == .file else {
            context.links = .empty
            return
        }
        context.links = context.log.collecting { () throws(DiagnosticsError) in
            let source = YAMLSource(file: context.options.display(url), text: try context.readText(url))
            return try LinksManifestLoader().load(source)
        }
    }

    static func readContent(_ context: BuildContext) throws {
        let loader = ContentLoader(fileSystem: context.fileSystem, contentDirectory: context.siteFile("content"),
                                   display: context.options.display)
        let (sources, diagnostics) = loader.load()
        context.sources = sources
        context.log.report(diagnostics)
    }

    static func listStaticFiles(_ context: BuildContext) throws {
        let folder = context.siteFile("static")
        guard context.fileSystem.kind(folder) == .directory else { return }
        do {
            let listing = try context.fileSystem.listing(folder, context.siteDirectory)
            context.staticFiles = listing.files
            context.log.report(ContentLoader.diagnostics(for: listing.problems, below: folder, display: context.options.display))
        } catch {
            context.log.report(.error(at: SourceLocation(file: context.display("static")), "cannot list the folder: \(error.localizedDescription)"))
        }
    }

    static func loadTheme(_ context: BuildContext) throws {
        context.theme = context.log.collecting { () throws(DiagnosticsError) in
            let files = try ThemeLoader(fileSystem: context.fileSystem)
                .files(siteTemplates: context.siteFile("templates"), displayRoot: context.display("templates"))
            return try Theme(files: files)
        }
    }

    static func loadPlatforms(_ context: BuildContext) throws {
        guard let file = context.theme?.data["platforms.yml"] else {
            context.registry = PlatformRegistry(platforms: [])
            return
        }
        context.registry = context.log.collecting { () throws(DiagnosticsError) in
            let source = YAMLSource(file: file.displayPath, text: String(decoding: file.data, as: UTF8.self))
            return try PlatformRegistryLoader().load(source)
        }
    }

    /// Warnings, never errors: details nobody has checked for a year, and
    /// special hours that have all passed.
    static func checkStaleness(_ context: BuildContext) throws {
        guard let config = context.config else { return }
        let warnings = StalenessCheck(config: config, today: context.clock.today()).warnings(siteFile: context.display("site.yml"))
        context.log.report(warnings)
    }

    static func planPages(_ context: BuildContext) throws {
        guard let config = context.config else { return }
        var generated: [(path: String, owner: String)] = [
            ("404.html", "the theme's 404 page"), ("sitemap.xml", "sitegen's sitemap"), ("robots.txt", "sitegen's robots.txt"),
            (String(AtomFeedGenerator.path.dropFirst()), "sitegen's news feed"),
            (String(PressFeedGenerator.path.dropFirst()), "sitegen's press feed"),
            ("contact.vcf", "sitegen's contact card"), ("qr.svg", "sitegen's QR code"),
            (OutputMarker.name, "sitegen's output marker"),
        ]
        for asset in context.theme?.assets ?? [] {
            generated.append((asset.path, asset.isOverride ? asset.displayPath : "the theme's \(asset.path)"))
        }
        let texts = ThemeTexts(language: config.language).strings
        let planner = SitePlanner(
            config: config, includeDrafts: context.options.includeDrafts, generatedFiles: generated,
            staticFiles: context.staticFiles, staticDisplayRoot: context.display("static"),
            builtInPages: [
                .init(sitePath: "/links/", templateName: "links", title: texts["links_title"] ?? "Links", weight: 90),
                .init(sitePath: "/press/", templateName: "press", title: texts["press_title"] ?? "Press", weight: 91),
            ])
        context.plan = context.log.collecting { () throws(DiagnosticsError) in try planner.plan(context.sources) }
        if let plan = context.plan { context.log.report(plan.warnings) }
    }

    static func checkTemplates(_ context: BuildContext) throws {
        guard let theme = context.theme else { return }
        var used: Set<String> = []
        for page in context.plan?.pages ?? [] {
            if theme.templates[page.templateName] != nil {
                used.insert(page.templateName)
            } else {
                let location = page.frontMatter.keyLocations["template"] ?? page.location
                context.log.report(.error(at: location, "no template named \"\(page.templateName)\" (looked for \(context.display("templates"))/\(page.templateName).mustache and in the theme)"))
            }
        }
        for name in TemplateLinter.themePageTemplates.sorted() where theme.templates[name] == nil {
            context.log.report(.error(at: SourceLocation(file: context.display("templates")), "the theme has no \(name).mustache"))
        }
        context.log.report(TemplateLinter(templates: theme.templates).lintSite(using: used))
    }

    /// The output folder was checked and locked by `SiteBuilder`, which made `context.output`.
    static func prepareOutput(_ context: BuildContext) throws {
        try context.output?.prepare()
    }

    static func renderPages(_ context: BuildContext) throws {
        guard let config = context.config, let plan = context.plan, let theme = context.theme, let output = context.output else { return }
        let views = ViewBuilder(config: config, plan: plan, links: context.links ?? .empty, registry: context.registry ?? PlatformRegistry(platforms: []))
        context.views = views
        let renderer = PageRenderer(
            plan: plan, theme: theme, views: views,
            links: LinkRewriter(pathsBySource: plan.pathsBySource, draftSources: plan.draftSources, baseURL: config.baseURL),
            output: output, log: context.log)
        context.rendered = renderer.renderAll()
    }

    static func writeIndexes(_ context: BuildContext) throws {
        guard let config = context.config, let plan = context.plan, let output = context.output, let rendered = context.rendered else { return }
        let feed = AtomFeedGenerator(config: config, plan: plan, summaries: rendered.summaries, content: rendered.feedContent)
        if let xml = feed.generate() {
            try output.write(Data(xml.utf8), to: String(AtomFeedGenerator.path.dropFirst()))
        }
        let pressFeed = PressFeedGenerator(config: config, press: context.links?.press ?? [],
                                           title: context.views?.site.pressFeedTitle ?? config.name)
        if let xml = pressFeed.generate() {
            try output.write(Data(xml.utf8), to: String(PressFeedGenerator.path.dropFirst()))
        }
        try output.write(Data(SitemapGenerator(plan: plan, baseURL: config.baseURL).generate().utf8), to: "sitemap.xml")
        try output.write(Data(RobotsGenerator(baseURL: config.baseURL).generate().utf8), to: "robots.txt")
    }

    static func writeRedirectsAndNotFound(_ context: BuildContext) throws {
        guard let plan = context.plan, let theme = context.theme, let output = context.output, let views = context.views else { return }
        for redirect in plan.redirects {
            try output.write(Data(theme.render(views.redirect(to: redirect.targetPage), with: "redirect").utf8), to: redirect.outputPath)
        }
        try output.write(Data(theme.render(views.notFound(), with: "404").utf8), to: "404.html")
    }

    static func writeContactFiles(_ context: BuildContext) throws {
        guard let config = context.config, let output = context.output, let views = context.views else { return }
        try output.write(Data(VCardGenerator(config: config, profiles: views.profiles).generate().utf8), to: "contact.vcf")
        let qr = QRCodeGenerator(text: config.baseURL.description, title: "\(views.texts.strings["qr_code"] ?? "QR code"): \(config.baseURL)")
        guard let svg = qr.generate() else {
            context.log.report(.error(at: SourceLocation(file: context.display("site.yml")), "cannot make a QR code of \(config.baseURL)"))
            return
        }
        try output.write(Data(svg.utf8), to: "qr.svg")
    }

    static func copyFiles(_ context: BuildContext) throws {
        guard let theme = context.theme, let output = context.output else { return }
        for asset in theme.assets {
            try output.write(asset.data, to: asset.path)
        }
        let staticFolder = context.siteFile("static")
        for file in context.staticFiles {
            try output.copy(staticFolder.appendingPathComponent(file), to: file)
        }
    }

    static func publish(_ context: BuildContext) throws {
        try context.output?.publish()
    }
}

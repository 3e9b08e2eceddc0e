import Foundation

/// Builds for `sitegen serve`: a full build first, then, for each burst of
/// changes, the cheapest correct rebuild. A page's text re-renders that page,
/// the list pages and the feed; a template re-renders the pages that use it;
/// a static file is copied alone. Anything else (site.yml, links.yml, a page
/// added, removed or with new front matter) asks for a full build, since
/// menus, the footer and every list may show it.
///
/// Used from one thread at a time (the preview's watcher).
public final class PreviewBuilder: @unchecked Sendable {
    public let siteDirectory: URL
    public let includeDrafts: Bool
    public let baseURL: String?
    private let fileSystem: FileSystem
    private var context: BuildContext?
    /// The folder of the last full build, which small rebuilds update.
    public private(set) var output: URL?

    public init(siteDirectory: URL, baseURL: String?, includeDrafts: Bool, fileSystem: FileSystem = .live) {
        self.siteDirectory = siteDirectory.standardizedFileURL
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
        self.fileSystem = fileSystem
    }

    /// A full build into `folder`, which becomes the one small rebuilds update.
    public func buildAll(into folder: URL) throws -> BuildReport {
        let options = BuildOptions(siteDirectory: siteDirectory, outputDirectory: folder, baseURL: baseURL, includeDrafts: includeDrafts)
        let (report, context) = try SiteBuilder(options: options, fileSystem: fileSystem).buildKeepingState()
        self.context = context
        output = folder
        return report
    }

    /// Rebuilds what `changed` (paths relative to the site) affects, in the
    /// folder of the last full build; `nil` when only a full build is right.
    /// Throws the site's errors, having changed nothing.
    public func update(changed: [String]) throws -> BuildReport? {
        guard let context, let output, var plan = context.plan, let config = context.config, let views = context.views,
            let rendered = context.rendered, var theme = context.theme
        else { return nil }
        let started = ContinuousClock.now
        var sources = context.sources
        var pagesWithNewText: [Int] = []
        var staticFiles: [String] = []
        var templates: Set<String> = []
        var loadWarnings: [Diagnostic] = []

        for path in changed {
            if path.hasPrefix("content/"), path.hasSuffix(".md") {
                let relative = String(path.dropFirst("content/".count))
                let url = siteDirectory.appendingPathComponent(path)
                guard let sourceIndex = sources.firstIndex(where: { $0.source.relativePath == relative }), fileSystem.kind(url) == .file,
                    let pageIndex = plan.pages.firstIndex(where: { $0.source?.relativePath == relative })
                else { return nil }
                let loader = ContentLoader(fileSystem: fileSystem, contentDirectory: siteDirectory.appendingPathComponent("content"),
                                           display: context.options.display)
                let loaded = try loader.read(sources[sourceIndex].source)
                guard Self.signature(loaded.frontMatter) == Self.signature(sources[sourceIndex].frontMatter) else { return nil }
                sources[sourceIndex] = loaded
                loadWarnings += loaded.warnings
                plan.pages[pageIndex].body = loaded.body
                plan.pages[pageIndex].bodyLineOffset = loaded.bodyLineOffset
                pagesWithNewText.append(pageIndex)
            } else if path.hasPrefix("static/") {
                let relative = String(path.dropFirst("static/".count))
                guard context.staticFiles.contains(relative), fileSystem.kind(siteDirectory.appendingPathComponent(path)) == .file else { return nil }
                staticFiles.append(relative)
            } else if path.hasPrefix("templates/"), path.hasSuffix(".mustache"), fileSystem.kind(siteDirectory.appendingPathComponent(path)) == .file {
                templates.insert(String(path.dropFirst("templates/".count).dropLast(".mustache".count)))
            } else {
                return nil
            }
        }

        let log = DiagnosticLog()
        log.report(loadWarnings)
        if !templates.isEmpty {
            let files = try ThemeLoader(fileSystem: fileSystem)
                .files(siteTemplates: siteDirectory.appendingPathComponent("templates"),
                       displayRoot: context.options.display(siteDirectory.appendingPathComponent("templates")))
            theme = try Theme(files: files)
            log.report(TemplateLinter(templates: theme.templates).lintSite(using: Set(plan.pages.map(\.templateName))))
            try log.throwIfErrors()
        }
        let affected = Self.templatesUsing(templates, in: theme)
        let leaves = plan.leafPages.filter { pagesWithNewText.contains($0) || affected.contains(plan.pages[$0].templateName) }
        let lists = plan.listPages.filter { !pagesWithNewText.isEmpty || affected.contains(plan.pages[$0].templateName) }

        let staging = OutputDirectory(updatingInPlace: output, fileSystem: fileSystem)
        do {
            try staging.prepare()
            let renderer = PageRenderer(
                plan: plan, theme: theme, views: views,
                links: LinkRewriter(pathsBySource: plan.pathsBySource, draftSources: plan.draftSources, baseURL: config.baseURL),
                output: staging, log: log)
            let result = renderer.render(leaves: leaves, lists: lists, previous: rendered)
            try log.throwIfErrors()
            if pagesWithNewText.contains(where: plan.newsFeed.contains),
                let xml = AtomFeedGenerator(config: config, plan: plan, summaries: result.summaries, content: result.feedContent).generate()
            {
                try staging.write(Data(xml.utf8), to: String(AtomFeedGenerator.path.dropFirst()))
            }
            if affected.contains("404") { try staging.write(Data(theme.render(views.notFound(), with: "404").utf8), to: "404.html") }
            if affected.contains("redirect") {
                for redirect in plan.redirects {
                    try staging.write(Data(theme.render(views.redirect(to: redirect.targetPage), with: "redirect").utf8), to: redirect.outputPath)
                }
            }
            for file in staticFiles {
                try staging.copy(siteDirectory.appendingPathComponent("static").appendingPathComponent(file), to: file)
            }
            let written = staging.written
            try staging.publishInPlace()
            context.plan = plan
            context.sources = sources
            context.theme = theme
            context.rendered = result
            return BuildReport(pageCount: leaves.count + lists.count, redirectCount: 0, staticFileCount: staticFiles.count,
                               outputDirectory: output, outputDisplayPath: context.options.display(output),
                               duration: ContinuousClock.now - started, steps: [], warnings: log.warnings, written: written)
        } catch {
            staging.discard()
            throw error
        }
    }

    /// Every page template (and 404, redirect) that includes one of `changed`, directly or through partials and parents.
    static func templatesUsing(_ changed: Set<String>, in theme: Theme) -> Set<String> {
        guard !changed.isEmpty else { return [] }
        var uses: [String: Set<String>] = [:]
        for (name, template) in theme.templates {
            uses[name] = Set(template.tags.filter { $0.kind == .partial || $0.kind == .parent }.map(\.name))
        }
        func includes(_ name: String, _ seen: inout Set<String>) -> Bool {
            if changed.contains(name) { return true }
            guard seen.insert(name).inserted else { return false }
            return (uses[name] ?? []).contains { includes($0, &seen) }
        }
        return Set(theme.templates.keys.filter { name in
            var seen: Set<String> = []
            return includes(name, &seen)
        })
    }

    /// What of a page's front matter other pages may show: when it changes, only a full build is right.
    static func signature(_ frontMatter: FrontMatter) -> String {
        let params = frontMatter.params.keys.sorted().map { "\($0)=\(String(describing: frontMatter.params[$0]!))" }
        return [frontMatter.title ?? "", frontMatter.description ?? "", frontMatter.date?.iso8601 ?? "", frontMatter.updated?.iso8601 ?? "",
                String(frontMatter.draft), frontMatter.slug ?? "", frontMatter.template ?? "", frontMatter.aliases.joined(separator: ","),
                frontMatter.image ?? "", frontMatter.imageAlt ?? "", String(frontMatter.weight ?? 0), frontMatter.menus.joined(separator: ","),
                params.joined(separator: "&")].joined(separator: "\u{1F}")
    }
}

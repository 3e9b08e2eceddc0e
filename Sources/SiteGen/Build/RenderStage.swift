import SiteGenCore

/// The last stage: writes every page, then runs every generator, into the
/// output folder, which is published only when all of it went well. Each
/// step waits for the ones before it to have logged no error: a page that
/// failed to render would leave a feed or a list without it.
enum RenderStage {
    static func run(
        _ inputs: SiteInputs, _ plan: SitePlan, into output: OutputDirectory, _ environment: BuildEnvironment,
        _ steps: StepRunner
    ) throws -> BuildSnapshot {
        try steps.run("Prepare output") { try output.prepare() }
        let views = ViewBuilder(
            config: inputs.config, plan: plan, presence: inputs.presence, images: inputs.images, registry: inputs.registry,
            hasCustomStylesheet: CustomStylesheet.isPresent(in: inputs.theme), fontPreloads: inputs.fonts.selection.preloads.map(\.outputPath))
        let links = linkRewriter(inputs, plan)
        let rendered = try steps.run("Render pages") {
            pageRenderer(inputs, plan, views, links, output, environment.log).renderAll()
        }
        try steps.run("Check imported photos") {
            if let warning = ImportedPhotoDescriptions.warning(plan, inventories: rendered.inventories) { environment.log.report(warning) }
        }
        try steps.run("Check link preview images") {
            environment.log.report(DrawnPreviewImages.warnings(plan, views, siteFile: environment.display("site.yml")))
        }
        // After the pages, so that one build reports a missing image of
        // site.yml or front matter with the pages' own broken links.
        try steps.run("Check image files") {
            environment.log.report(PlanStage.missingImages(inputs.config, plan, siteFile: environment.display("site.yml")))
        }
        try steps.run("Check links to parts of pages") { environment.log.report(FragmentCheck.errors(in: rendered, plan)) }
        try environment.log.throwIfErrors()
        let images = try steps.run("Make images") {
            try ImageStage.publish(inputs, plan, rendered, into: output, environment, prune: true)
        }
        var snapshot = BuildSnapshot(environment: environment, inputs: inputs, plan: plan, views: views, links: links, rendered: rendered)
        snapshot.images = images
        for (step, generators) in generatorSteps(OutputGenerator.all) {
            try environment.log.throwIfErrors()
            try steps.run(step) { try write(generators, from: snapshot, into: output, changes: nil) }
        }
        try environment.log.throwIfErrors()
        try steps.run("Publish") { try output.publish() }
        return snapshot
    }

    /// The renderer of the build's pages; the preview's partial rebuilds use the same.
    static func pageRenderer(
        _ inputs: SiteInputs, _ plan: SitePlan, _ views: ViewBuilder, _ links: LinkRewriter, _ output: OutputDirectory,
        _ log: DiagnosticLog
    ) -> PageRenderer {
        PageRenderer(plan: plan, theme: inputs.theme, views: views, links: links, output: output, log: log, images: inputs.images)
    }

    /// How the pages' links to other pages and files are checked and written.
    static func linkRewriter(_ inputs: SiteInputs, _ plan: SitePlan) -> LinkRewriter {
        let unwritten = OutputGenerator.all.reduce(into: [String: String]()) { reasons, generator in
            reasons.merge(generator.unwritten(inputs, plan)) { first, _ in first }
        }
        return LinkRewriter(
            pathsBySource: plan.pathsBySource, draftSources: plan.draftSources, baseURL: inputs.config.baseURL,
            outputPaths: plan.outputPaths.subtracting(unwritten.keys), unwrittenReasons: unwritten,
            ownAddresses: inputs.config.ownAddresses, translatedPaths: plan.translatedPaths)
    }

    /// Runs `generators` on the values of `snapshot`; `changes` is nil in a full build.
    static func write(
        _ generators: [OutputGenerator], from snapshot: BuildSnapshot, into output: OutputDirectory,
        changes: SiteChanges?
    ) throws {
        let input = GeneratorInput(
            inputs: snapshot.inputs, plan: snapshot.plan, views: snapshot.views, rendered: snapshot.rendered,
            environment: snapshot.environment, output: output, changes: changes)
        for generator in generators {
            try generator.write(input)
        }
    }

    /// Generators grouped by their step, in the order of the list.
    static func generatorSteps(_ generators: [OutputGenerator]) -> [(step: String, generators: [OutputGenerator])] {
        var groups: [(step: String, generators: [OutputGenerator])] = []
        for generator in generators {
            if groups.last?.step == generator.step {
                groups[groups.count - 1].generators.append(generator)
            } else {
                groups.append((generator.step, [generator]))
            }
        }
        return groups
    }
}

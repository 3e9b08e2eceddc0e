/// Decides, from the changed files and the last build, what the preview
/// must write again; pure, so that each kind of change is tested directly.
///
/// A page's text re-renders that page, the list pages that show its
/// summary and whatever generator shows its text (the news feed); a
/// template re-renders the pages that use it, directly or through partials;
/// a static file is copied alone. Anything that other pages may show (front
/// matter, site.yml, links.yml, a page added or removed) needs a full build.
struct RebuildPlanner {
    var last: BuildSnapshot
    /// The theme after the change: the last build's when no template changed.
    var theme: Theme

    func plan(_ changed: [SiteFileChange]) -> Rebuild {
        var plan = last.plan
        var sources = last.inputs.sources
        var changes = SiteChanges()
        var changedTemplates: Set<String> = []
        var reloaded: [LoadedSource] = []
        for change in changed {
            switch change {
            case .page(let relativePath, let loaded):
                guard let loaded else { return .full(reason: "content/\(relativePath) is gone") }
                guard let sourceIndex = sources.firstIndex(where: { $0.source.relativePath == relativePath }),
                    let id = plan.page(source: relativePath)
                else { return .full(reason: "content/\(relativePath) is new, or was a draft") }
                guard loaded.frontMatter == sources[sourceIndex].frontMatter else {
                    return .full(reason: "the front matter of content/\(relativePath) changed")
                }
                sources[sourceIndex] = loaded
                reloaded.append(loaded)
                plan[id].body = loaded.body
                plan[id].bodyLineOffset = loaded.bodyLineOffset
                changes.pagesWithNewText.insert(id)
            case .template(let name):
                changedTemplates.insert(name)
            case .staticFile(let relativePath):
                guard last.inputs.staticFiles.contains(relativePath) else { return .full(reason: "static/\(relativePath) is new") }
                // Pages name a photo's variants by its content, and show a drawing at its size.
                if last.inputs.images.isProcessed(relativePath) { return .full(reason: "static/\(relativePath) changed") }
                if last.inputs.images.vectors[relativePath] != nil, pagesShow(relativePath) {
                    return .full(reason: "static/\(relativePath) is shown on pages at its size")
                }
                changes.staticFiles.append(relativePath)
            case .other(let path):
                return .full(reason: "\(path) changed")
            }
        }
        changes.templates = Self.templatesUsing(changedTemplates, in: theme)
        let leaves = plan.leafPages.filter { changes.pagesWithNewText.contains($0) || changes.templates.contains(plan[$0].templateName) }
        // A list page shows the summaries of the pages it lists, which may have changed.
        let lists = plan.listPages.filter { id in
            if changes.pagesWithNewText.contains(id) || changes.templates.contains(plan[id].templateName) { return true }
            guard let listing = plan.listing(of: id) else { return false }
            return listing.pages.contains(where: changes.pagesWithNewText.contains)
                || listing.sections.contains(where: changes.pagesWithNewText.contains)
        }
        let generators = OutputGenerator.all.filter { $0.isAffected(changes, plan) }
        return .partial(
            PartialRebuild(
                plan: plan, sources: sources, changes: changes, leaves: leaves, lists: lists,
                generators: generators, reloaded: reloaded))
    }

    /// Whether a page shows the file (a Markdown image, or its `image:`).
    private func pagesShow(_ file: String) -> Bool {
        last.rendered.inventories.values.contains { $0.images.contains { $0.file == file } }
            || last.plan.pages.contains { last.inputs.images.file(named: $0.frontMatter.image) == file }
    }

    /// Every template that includes one of `changed`, directly or through
    /// partials and parents, and the changed ones themselves.
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
        return Set(
            theme.templates.keys.filter { name in
                var seen: Set<String> = []
                return includes(name, &seen)
            })
    }
}

import SiteGenCore

/// Links to a part of a page (`/about/#hours`, `#hours`, `about.md#hours`)
/// must name an element of that page: a heading's id, or one of the
/// theme's. Run once every page is written, as a link may point to a page
/// rendered after its own. Parts of files that are not pages (a static HTML
/// file, a PDF's `#page=2`) are not checked.
enum FragmentCheck {
    static func errors(in rendered: PageRenderer.Result, _ plan: SitePlan) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for (id, references) in rendered.fragments {
            // Lines are split only when a message needs a position.
            var positions = MarkdownPositions(plan[id])
            for reference in references {
                let target = reference.target
                guard let ids = rendered.elementIDs[target.outputPath], !ids.contains(target.id) else { continue }
                let near = EditDistance.closest(to: target.id, among: ids, minimum: 2)
                let suggestion = near.map { "; did you mean #\($0)?" } ?? ""
                let noun = target.isImage ? "the image" : "the link"
                found.append(
                    .error(
                        at: positions.location(reference.position),
                        "\(noun) \"\(target.written)\" points to a part of \(page(target.outputPath)) that does not exist: no heading or element of that page has the id \"\(target.id)\"\(suggestion)"
                    ))
            }
        }
        return found.sorted { $0.location < $1.location }
    }

    /// `about/index.html` as `/about/`, as visitors see it.
    private static func page(_ outputPath: String) -> String {
        outputPath == "index.html" ? "/" : outputPath.hasSuffix("/index.html") ? "/" + outputPath.dropLast("index.html".count) : "/" + outputPath
    }
}

/// What changed since the last build, in the terms a partial rebuild works
/// in: made by `RebuildPlanner`, read by each generator to say whether it
/// must write again.
struct SiteChanges: Sendable, Equatable {
    /// Pages whose Markdown changed, and nothing else of them.
    var pagesWithNewText: Set<PageID> = []
    /// Templates that changed, and every template that includes one of them.
    var templates: Set<String> = []
    /// Files of `static/` whose content changed, relative to it.
    var staticFiles: [String] = []
}

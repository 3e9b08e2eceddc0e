/// The pages, generators and static files a change needs written again,
/// with the plan and sources that hold the new text.
struct PartialRebuild: Sendable {
    var plan: SitePlan
    var sources: [LoadedSource]
    var changes: SiteChanges
    /// Pages that are not lists, to render again.
    var leaves: [PageID]
    /// List pages (home, sections) to render again.
    var lists: [PageID]
    /// The generators whose files change, in the build's order.
    var generators: [OutputGenerator]
    /// Pages whose file was read again, whose warnings are the rebuild's.
    var reloaded: [LoadedSource]
}

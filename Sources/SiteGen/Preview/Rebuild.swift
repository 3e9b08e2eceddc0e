/// What the rebuild planner decided: a full build, or the parts to redo.
enum Rebuild: Sendable {
    /// Menus, the footer and every list may show what changed.
    case full(reason: String)
    case partial(PartialRebuild)
}

/// A post chosen for import, with the names it will have on the site.
struct PostPlan: Sendable {
    var post: ImportedPost
    var title: String
    /// The page's address name, unique in its folder: `fresh-rye-today`.
    var slug: String
    /// Relative to the site: `content/posts/2024-05-04-fresh-rye-today.md`.
    var file: String
    /// Whether an earlier import brought it and the owner deleted its page.
    var isRestored = false
}

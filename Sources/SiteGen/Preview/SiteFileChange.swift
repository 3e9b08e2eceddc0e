/// One changed file of the site, already read: what the rebuild planner
/// decides from, so that it can decide without touching the disk.
enum SiteFileChange: Sendable {
    /// A Markdown file of `content/` (relative to it), with what it holds
    /// now; nil when it is gone.
    case page(String, LoadedSource?)
    /// A template of `templates/` that still exists, by name (`page`, `partials/header`).
    case template(String)
    /// A file of `static/` (relative to it) that still exists.
    case staticFile(String)
    /// Anything else: `site.yml`, `links.yml`, a file added or removed, the theme's other files.
    case other(String)
}

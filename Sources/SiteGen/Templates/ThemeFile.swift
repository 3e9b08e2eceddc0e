import Foundation

/// A file of the theme: a template, or an asset such as `style.css`. The
/// site's `templates/` folder replaces a theme file of the same name.
struct ThemeFile: Sendable {
    /// Path inside the theme (`page.mustache`, `style.css`).
    var path: String
    var data: Data
    /// For messages: `templates/page.mustache` or `theme:page.mustache`.
    var displayPath: String
    var isOverride: Bool

    var isTemplate: Bool { path.hasSuffix(".mustache") }
    var templateName: String { String(path.dropLast(".mustache".count)) }
}

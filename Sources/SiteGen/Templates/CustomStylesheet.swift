import SiteGenCore

/// The site's `templates/custom.css`: a few rules added after the theme's
/// `style.css` rather than in its place, so that changing one colour does
/// not mean copying the whole stylesheet.
///
/// It lives in `templates/`, not `static/`, because `templates/` is where
/// the theme's own files are laid over by the site's (a `templates/style.css`
/// already replaces the theme's): the theme loader publishes it with the
/// theme's stylesheets, and the pages can tell it is there from the theme
/// alone. A `static/custom.css` would be copied as it is and linked by no
/// page, so the build says where it goes.
enum CustomStylesheet {
    static let path = "custom.css"

    static func isPresent(in theme: Theme) -> Bool {
        theme.assets.contains { $0.path == path }
    }

    /// A warning for a `static/custom.css` that no page would use. When
    /// `templates/custom.css` exists too, the two write the same file, which
    /// the planner already reports as an error.
    static func misplacedWarning(staticFiles: [String], theme: Theme, staticDisplayRoot: String, templatesDisplayRoot: String)
        -> Diagnostic?
    {
        guard staticFiles.contains(path), !isPresent(in: theme) else { return nil }
        return .warning(
            at: SourceLocation(file: "\(staticDisplayRoot)/\(path)"),
            "is copied as it is, but no page uses it: move it to \(templatesDisplayRoot)/\(path), and every page will load it after the theme's style.css"
        )
    }
}

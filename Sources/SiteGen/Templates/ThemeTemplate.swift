import Mustache

/// One template of the site's theme, parsed once per build.
struct ThemeTemplate: Sendable {
    /// The name used by partials and front matter: the file name without `.mustache`.
    var name: String
    /// Where it comes from, for messages: `templates/page.mustache` or `theme:page.mustache`.
    var displayPath: String
    var template: MustacheTemplate
    var tags: [MustacheTag]
}

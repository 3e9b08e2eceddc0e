import Mustache

/// A page's context with the text of its cached partials, which the page
/// library's stand-in partials read under reserved names (no template can
/// name them: the linter knows no such field).
struct PageWithRenderedPartials: MustacheParent {
    static let namePrefix = "_sitegen_partial_"

    var view: PageContextView
    /// By reserved name.
    var rendered: [String: String]

    func child(named name: String) -> Any? {
        if name.hasPrefix(Self.namePrefix) { return rendered[name] }
        return view.child(named: name)
    }
}

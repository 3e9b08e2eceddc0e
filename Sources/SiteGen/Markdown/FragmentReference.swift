/// A link to a part of a page, where it was written in its page's Markdown.
struct FragmentReference: Sendable, Hashable {
    var target: FragmentTarget
    var position: MarkdownPosition
}

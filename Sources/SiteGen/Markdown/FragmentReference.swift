import SiteGenCore

/// A link to a part of a page, where it was written.
struct FragmentReference: Sendable, Hashable {
    var target: FragmentTarget
    var location: SourceLocation
}

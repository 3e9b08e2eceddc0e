import SiteGenCore

/// Where each key of a front matter was written, for errors found after
/// reading (`template: nope`). Positions are not part of what a page says:
/// two front matters that differ only in where their keys stand (a blank line
/// added above them) are equal, so this compares equal to any other.
struct KeyLocations: Sendable, Hashable {
    private var locations: [String: SourceLocation] = [:]

    subscript(key: String) -> SourceLocation? {
        get { locations[key] }
        set { locations[key] = newValue }
    }

    var count: Int { locations.count }

    static func == (lhs: KeyLocations, rhs: KeyLocations) -> Bool { true }

    func hash(into hasher: inout Hasher) {}
}

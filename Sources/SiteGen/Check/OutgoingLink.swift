import SiteGenCore

/// A link from the site to another one, where the owner wrote it: a
/// profile or a press article of links.yml, or a link in a page.
public struct OutgoingLink: Sendable, Hashable {
    public enum Kind: String, Sendable, Codable {
        case profile
        case press
        case page
    }

    public var address: String
    public var kind: Kind
    public var location: SourceLocation
    /// "Instagram", an article's title, a page's address: what the owner
    /// knows the link by.
    public var label: String
    /// A press article or profile that already has an archived copy.
    public var hasArchive: Bool

    public init(address: String, kind: Kind, location: SourceLocation, label: String, hasArchive: Bool = false) {
        self.address = address
        self.kind = kind
        self.location = location
        self.label = label
        self.hasArchive = hasArchive
    }
}

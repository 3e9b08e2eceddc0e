import SiteGenCore

/// Every place the business lives online and every article about it, from `links.yml`.
public struct LinksManifest: Sendable {
    public var profiles: [Profile]
    public var press: [PressMention]

    public static let empty = LinksManifest(profiles: [], press: [])
}

/// An account of the business on another platform.
public struct Profile: Sendable, Hashable {
    public enum Status: String, Sendable {
        case live
        /// The account was suspended, banned or closed: the site names it as
        /// text, with its archived copy, and never links it as the business's own.
        case gone
    }

    public var url: String
    public var label: String?
    public var status: Status
    /// The address of an archived copy of the profile page.
    public var archive: String?
    public var location: SourceLocation

    public init(url: String, label: String?, status: Status = .live, archive: String? = nil, location: SourceLocation) {
        self.url = url
        self.label = label
        self.status = status
        self.archive = archive
        self.location = location
    }
}

/// An article, broadcast or post about the business.
public struct PressMention: Sendable, Hashable {
    public enum Status: String, Sendable {
        case live
        /// The original is gone; the archived copy is the one to read.
        case dead
    }

    public var url: String
    public var title: String
    public var outlet: String
    public var date: ContentDate
    public var quote: String?
    public var language: String?
    public var archive: String?
    public var status: Status
    public var location: SourceLocation
}

/// A platform whose data export `sitegen import` reads, as written in a
/// post's `imported_from.platform`: one vocabulary for the importer that
/// writes it and the engine that reads it.
public enum ImportPlatform: String, Sendable, Hashable, CaseIterable, Codable {
    case mastodon, instagram, facebook, x, wordpress

    /// A post of a social network (`SocialMediaPosting`); WordPress is a blog.
    var isSocial: Bool { self != .wordpress }

    /// Its name in messages, and on a page when the platform registry does
    /// not know the platform (WordPress is not a profile platform).
    public var displayName: String {
        switch self {
        case .mastodon: "Mastodon"
        case .instagram: "Instagram"
        case .facebook: "Facebook"
        case .x: "X"
        case .wordpress: "WordPress"
        }
    }
}

/// A platform whose data export `sitegen import` reads, as written in a
/// post's `imported_from.platform`.
enum ImportPlatform: String, Sendable, Hashable, CaseIterable {
    case mastodon, instagram, facebook, x, wordpress

    /// A post of a social network (`SocialMediaPosting`); WordPress is a blog.
    var isSocial: Bool { self != .wordpress }

    /// The name shown when the platform registry does not know the platform
    /// (WordPress is not a profile platform).
    var fallbackName: String {
        switch self {
        case .mastodon: "Mastodon"
        case .instagram: "Instagram"
        case .facebook: "Facebook"
        case .x: "X"
        case .wordpress: "WordPress"
        }
    }
}

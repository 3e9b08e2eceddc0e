/// The platforms whose data exports sitegen reads.
public enum ExportPlatform: String, Sendable, CaseIterable, Codable {
    case mastodon, instagram, facebook, x, wordpress

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

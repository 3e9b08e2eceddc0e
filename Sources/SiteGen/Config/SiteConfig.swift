import SiteGenCore

/// The business and the site, from `site.yml`.
public struct SiteConfig: Sendable {
    public var name: String
    public var baseURL: BaseURL
    /// BCP 47 language tag of the content (`fr`, `en-GB`).
    public var language: String
    public var description: String?
    /// The schema.org type of the business (`Bakery`, `Plumber`, `Organization`).
    public var businessType: String
    /// The folder of `content/` that holds dated news posts.
    public var newsSection: String
    public var logo: String?
    public var image: String?
    public var email: String?
    public var telephone: PhoneNumber?
    public var address: PostalAddress?
    public var geo: GeoCoordinates?
    public var hours: WeeklyHours?
    public var specialHours: [SpecialHours]
    public var lastVerified: LastVerified
    /// How a video address alone on a line is shown: a card (the default) or the platform's player.
    var embeds = EmbedMode.card
    /// The business's colours, fonts, corners and hero picture (`theme:`).
    public var theme = ThemeSettings()
    /// Where visitors book an appointment or a table (`booking_url:`), for the home page's Book button.
    public var bookingURL: String? = nil
    /// Free-form values for templates, from the `extra:` mapping.
    public var extra: [String: SendableValue]
    /// Where some keys were written (`special_hours`, `last_verified.hours`), for warnings found later.
    public var locations: [String: SourceLocation] = [:]
    /// site.yml's `url:`, even when the site is built for another address
    /// (`--base-url`, a preview); nil when it has none that is valid.
    public var declaredURL: BaseURL? = nil
    /// What site.yml says that works but is likely a mistake (a weekday left
    /// out of `hours:`), for the build to report.
    public var warnings: [Diagnostic] = []

    /// Every address the site is known by: where it is built for, and
    /// where site.yml says it lives.
    var ownAddresses: [BaseURL] {
        [baseURL] + (declaredURL.map { $0 == baseURL ? [] : [$0] } ?? [])
    }
}

public struct PostalAddress: Sendable, Hashable {
    public var street: String?
    public var locality: String?
    public var postalCode: String?
    public var region: String?
    /// ISO 3166-1 alpha-2 code (`FR`).
    public var country: String?
}

public struct GeoCoordinates: Sendable, Hashable {
    public var latitude: Double
    public var longitude: Double
}

public struct LastVerified: Sendable, Hashable {
    public var hours: ContentDate?
    public var contact: ContentDate?
}

import SiteGenCore

/// The business and the site, from `site.yml`.
public struct SiteConfig: Sendable {
    public var name: String
    public var baseURL: BaseURL
    /// BCP 47 language tag of the content (`fr`, `en-GB`); on a site in
    /// several languages, the default one, whose pages are at the root.
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
    /// The codes of site.yml's `languages:` after the first (`en`, `ar`): the
    /// languages whose pages are below a folder of their own. Empty for a site in one language.
    public var otherLanguages: [String] = []
    /// site.yml's words (`description:`, notes of special hours, `hero_alt:`)
    /// in the other languages, by language code.
    var translatedWords: [String: SiteWords] = [:]
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

    /// The default language when `language` is another one: in the site as
    /// the pages of another language see it (`localized(to:)`).
    private(set) var defaultLanguage: String? = nil

    /// Every language of the site, the default first.
    public var languages: [SiteLanguage] {
        [SiteLanguage(code: defaultLanguage ?? language, isDefault: true)] + otherLanguages.map { SiteLanguage(code: $0, isDefault: false) }
    }

    public var isMultilingual: Bool { !otherLanguages.isEmpty }

    /// The language of `code`, or nil when the site has no such language.
    func siteLanguage(_ code: String) -> SiteLanguage? {
        languages.first { $0.code == code }
    }

    /// The site as its pages in `language` see it: that language, and
    /// site.yml's words in it where the owner wrote them.
    func localized(to language: SiteLanguage) -> SiteConfig {
        guard !language.isDefault else { return self }
        var localized = self
        localized.defaultLanguage = self.language
        localized.language = language.code
        let words = translatedWords[language.code] ?? SiteWords()
        if let description = words.description { localized.description = description }
        if let heroAlt = words.heroAlt { localized.theme.heroAlt = heroAlt }
        for (index, note) in words.specialHourNotes where localized.specialHours.indices.contains(index) {
            localized.specialHours[index].note = note
        }
        return localized
    }

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

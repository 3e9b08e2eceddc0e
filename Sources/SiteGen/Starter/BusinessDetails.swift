/// What `sitegen init` knows about the owner's business, from its flags or
/// its questions, to write a first site that is theirs rather than the
/// example bakery's. Every field but the name may be missing: the site then
/// holds a marked place to fill in.
public struct BusinessDetails: Sendable, Equatable {
    public var name: String
    /// A schema.org type (`HairSalon`, `Bakery`); `LocalBusiness` when not given.
    public var type: String
    /// A BCP 47 code; the texts are written in it when sitegen knows it
    /// (en, fr, nl, de, es, it), in English otherwise.
    public var language: String
    public var street: String?
    public var postalCode: String?
    public var city: String?
    /// ISO 3166-1 alpha-2, upper case.
    public var country: String?
    public var telephone: String?
    public var email: String?
    /// The site's own address; nil writes a placeholder that the check points out.
    public var url: String?
    /// A legal notice page; nil lets the country decide (see `LegalNotice`).
    public var legalNotice: Bool?

    public init(
        name: String, type: String = "LocalBusiness", language: String = "en", street: String? = nil, postalCode: String? = nil,
        city: String? = nil, country: String? = nil, telephone: String? = nil, email: String? = nil, url: String? = nil,
        legalNotice: Bool? = nil
    ) {
        self.name = name
        self.type = type
        self.language = language
        self.street = street
        self.postalCode = postalCode
        self.city = city
        self.country = country
        self.telephone = telephone
        self.email = email
        self.url = url
        self.legalNotice = legalNotice
    }

    /// Whether a business in `country` (ISO 3166-1) is expected to have a legal notice page.
    public static func expectsLegalNotice(in country: String) -> Bool {
        LegalNotice.isExpected(in: country)
    }

    /// Whether the site gets a legal notice page: asked, or the country's law.
    public var wantsLegalNotice: Bool {
        legalNotice ?? country.map(LegalNotice.isExpected(in:)) ?? false
    }
}

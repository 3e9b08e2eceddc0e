import SiteGenCore

/// What `press add --fetch` learns from an article's page. Every field but
/// the address may be missing: the page did not say, or said it badly.
public struct ArticleMetadata: Sendable, Equatable {
    /// The headline, as plain text of at most 300 characters.
    public var title: String?
    /// The publisher or site name, as plain text of at most 120 characters.
    public var outlet: String?
    /// The day of publication as the page wrote it (no time, no offset).
    public var published: ContentDate?
    /// A BCP 47 language tag, such as `fr` or `en-GB`.
    public var language: String?
    /// The address the page was finally read from, after redirects.
    public var finalURL: String

    public init(title: String? = nil, outlet: String? = nil, published: ContentDate? = nil, language: String? = nil, finalURL: String) {
        self.title = title
        self.outlet = outlet
        self.published = published
        self.language = language
        self.finalURL = finalURL
    }
}

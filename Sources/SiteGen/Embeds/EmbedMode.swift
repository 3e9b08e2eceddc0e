/// How a video address alone on a line is shown (`embeds:` in site.yml).
enum EmbedMode: String, Sendable, CaseIterable {
    /// A link styled as a card: the platform learns nothing of a visitor
    /// who does not click, and the page loads nothing from it.
    case card
    /// The platform's player in the page (YouTube's without cookies): the
    /// platform sees every visitor of the page, so the owner must ask for it.
    case iframe
}

import SiteGenCore

/// The business's look, from site.yml's optional `theme:` block: its colours,
/// fonts, corners and the picture at the top of the home page. Each value is
/// kept as the owner wrote it; the stages that use it check it and say where
/// it was written (`locations`), so that every key has one reader.
public struct ThemeSettings: Sendable, Hashable {
    /// `accent:`: the business's colour, for buttons and links (`#b5452b`).
    public var accent: String?
    /// `background:`: the colour of the page.
    public var background: String?
    /// `surface:`: the colour of the header, the footer and the cards.
    public var surface: String?
    /// `heading_font:` and `body_font:`: a font sitegen ships, or `system`.
    public var headingFont: String?
    public var bodyFont: String?
    /// `corners:`: `sharp`, `soft` or `round`.
    public var corners: String?
    /// `hero:`: the picture at the top of the home page, a path in `static/`
    /// or an https: address, with `hero_alt:`, what it shows.
    public var hero: String?
    public var heroAlt: String?
    /// Where each key's value is written, by key (`accent`), for messages.
    public var locations: [String: SourceLocation] = [:]

    public init() {}

    static let keys: [String] = [
        "accent", "background", "surface", "heading_font", "body_font", "corners", "hero", "hero_alt",
    ]

    /// True when site.yml says nothing of the look: the theme's own colours stay.
    public var isEmpty: Bool {
        accent == nil && background == nil && surface == nil && headingFont == nil && bodyFont == nil && corners == nil
            && hero == nil
    }
}

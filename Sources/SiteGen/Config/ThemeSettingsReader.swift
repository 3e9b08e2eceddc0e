import SiteGenCore

/// Reads site.yml's `theme:` block into `ThemeSettings`: unknown keys are
/// misspellings, and the hero picture must be an address a page may use.
struct ThemeSettingsReader {
    /// The site's languages, the default first: `hero_alt:` may be written in each.
    var languages: [String] = ["en"]

    /// The settings, and `hero_alt:` in the site's other languages.
    func read(_ root: YAMLMappingReader) -> (settings: ThemeSettings, heroAltTranslations: [String: String]) {
        var settings = ThemeSettings()
        guard let reader = root.mapping("theme") else { return (settings, [:]) }
        defer { root.absorb(reader) }
        reader.reportUnknownKeys(known: Set(ThemeSettings.keys))
        for key in ThemeSettings.keys where reader.node(key) != nil {
            settings.locations[key] = reader.location(of: key)
        }
        // `accent: #0f766e` without quotes is a key and a YAML comment: the
        // owner meant a colour and would silently keep the theme's.
        for key in ["accent", "background", "surface"] where reader.keys.contains(key) && reader.node(key) == nil {
            reader.error(
                key, "no colour is written here: in site.yml a # starts a comment, so write the colour in quotes, as \(key): \"#0f766e\"")
        }
        settings.accent = reader.string("accent")
        settings.background = reader.string("background")
        settings.surface = reader.string("surface")
        settings.headingFont = reader.string("heading_font")
        settings.bodyFont = reader.string("body_font")
        settings.corners = reader.string("corners")
        let heroAlt = reader.words("hero_alt", languages: languages)
        settings.heroAlt = heroAlt.text
        if let hero = reader.string("hero") {
            if let problem = ImageAddress.problem(hero) {
                reader.error("hero", "\(TextField.quoted(hero)) \(problem)")
            } else {
                settings.hero = hero
            }
        }
        if settings.hero != nil, settings.heroAlt == nil {
            reader.warning(
                at: reader.location(ofKey: "hero"),
                "theme.hero: add `hero_alt:`, a few words on what the picture shows, for visitors who cannot see it")
        }
        if settings.heroAlt != nil, reader.node("hero") == nil {
            reader.warning(at: reader.location(ofKey: "hero_alt"), "theme.hero_alt: there is no `hero:` picture to describe")
        }
        return (settings, heroAlt.translations)
    }
}

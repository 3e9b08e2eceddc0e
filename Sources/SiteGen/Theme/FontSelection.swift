import SiteGenCore

/// The fonts site.yml's `theme:` chose, and the files they need: headings
/// are bold (700); text is regular (400) with bold words, labels and
/// buttons (700). Italic is left to the browser, which slants the regular
/// font, to keep the files to three at most.
///
/// `heading_font:` left out takes `body_font:`'s font: an owner who writes
/// one font wants it everywhere; `system` keeps the visitor's own fonts.
struct FontSelection: Sendable, Hashable {
    var heading: WebFont?
    var body: WebFont?
    /// The key that chose the heading font: `body_font` when headings take it.
    var headingKey = "heading_font"
    var characters: FontCharacters

    var isEmpty: Bool { heading == nil && body == nil }

    /// Every file, each once, body's first: when both use one font, its
    /// bold serves headings and bold text alike.
    var faces: [FontFace] {
        var faces: [FontFace] = []
        if let body {
            faces += [FontFace(font: body, weight: 400, key: "body_font"), FontFace(font: body, weight: 700, key: "body_font")]
        }
        if let heading, !faces.contains(where: { $0.font == heading && $0.weight == 700 }) {
            faces.append(FontFace(font: heading, weight: 700, key: headingKey))
        }
        return faces
    }

    /// The files every page needs before it can show its first words: the
    /// text's regular and the headings'. Bold text may come a moment later.
    var preloads: [FontFace] {
        faces.filter { face in (face.font == body && face.weight == 400) || (face.font == heading && face.weight == 700) }
    }

    /// The fonts `theme` names, with an error at each name the catalogue does
    /// not have; kept for the characters of `language` and `otherLanguages`.
    static func choose(
        _ theme: ThemeSettings, language: String, otherLanguages: [String] = [], catalogue: WebFontCatalogue = .debian, siteFile: String
    ) -> (selection: FontSelection, errors: [Diagnostic]) {
        var errors: [Diagnostic] = []
        func font(_ key: String, _ name: String?) -> WebFont? {
            guard let name, !WebFontCatalogue.isSystem(name) else { return nil }
            if let font = catalogue.font(named: name) { return font }
            // A name is a few words: a long paste is shown cut, and not compared with every name.
            let shown = name.count > 64 ? String(name.prefix(64)) + "…" : name
            let suggestion = name.count > 64 ? "" : catalogue.suggestion(for: name)
            errors.append(
                .error(
                    at: theme.locations[key] ?? SourceLocation(file: siteFile),
                    "theme.\(key): \(TextField.quoted(shown)) is not a font sitegen offers\(suggestion) (\(catalogue.namesForMessages))"
                ))
            return nil
        }
        var selection = FontSelection(
            heading: font("heading_font", theme.headingFont), body: font("body_font", theme.bodyFont),
            characters: FontCharacters.forLanguages([language] + otherLanguages))
        if theme.headingFont == nil, let body = selection.body {
            selection.heading = body
            selection.headingKey = "body_font"
        }
        return (selection, errors)
    }
}

import Foundation

/// The lines site.yml's colours and corners add at the end of the published
/// `style.css`, the theme's or the site's own: the same custom properties
/// as the theme's `:root` and dark-mode `:root`, which they override by
/// coming later. No template changes for them, and a site without `theme:`
/// colours or corners gets the stylesheet byte for byte.
struct BrandStylesheet: Sendable {
    static let path = "style.css"

    /// Empty when there is nothing to add.
    let css: String

    init(_ settings: ThemeSettings) {
        self.init(BrandTheme(settings))
    }

    init(_ theme: BrandTheme) {
        css = Self.css(for: theme)
    }

    /// The asset's bytes, with the lines added when it is the stylesheet.
    func appended(to asset: ThemeFile) -> Data {
        guard asset.path == Self.path, !css.isEmpty else { return asset.data }
        var data = asset.data
        if let last = data.last, last != UInt8(ascii: "\n") { data.append(UInt8(ascii: "\n")) }
        data.append(contentsOf: ("\n" + css).utf8)
        return data
    }

    static func css(for theme: BrandTheme) -> String {
        guard !theme.isEmpty else { return "" }
        let ratios = theme.palettes == nil ? "" : " Each text colour's contrast (WCAG) is on --paper, then --surface."
        var lines = ["/* From the theme: block of site.yml (written by sitegen).\(ratios) */"]
        if theme.palettes?.isDarkSite == true {
            lines.append("/* site.yml's background is dark: the site is dark in both modes, with light text, as chosen. */")
        }
        lines.append(":root {")
        if let light = theme.palettes?.light { lines += declarations(light, indent: "  ") }
        if let corners = theme.corners {
            lines += ["  --radius: \(corners.radius);", "  --button-radius: \(corners.buttonRadius);"]
        }
        lines.append("}")
        if let dark = theme.palettes?.dark {
            lines += ["@media screen and (prefers-color-scheme: dark) {", "  :root {"] + declarations(dark, indent: "    ") + ["  }", "}"]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func declarations(_ palette: BrandPalette, indent: String) -> [String] {
        func line(_ name: String, _ colour: SRGBColour, _ comment: String? = nil) -> String {
            let declaration = "\(indent)--\(name): \(colour);"
            guard let comment else { return declaration }
            return declaration.padding(toLength: max(declaration.count, indent.count + 20), withPad: " ", startingAt: 0) + " /* \(comment) */"
        }
        func onBothBackgrounds(_ colour: SRGBColour) -> String {
            [palette.paper, palette.surface].map { ColourContrast.formatted(ColourContrast.ratio(colour, $0)) }.joined(separator: ", ")
        }
        return [
            line("paper", palette.paper),
            line("surface", palette.surface),
            line("text", palette.text, onBothBackgrounds(palette.text)),
            line("muted", palette.muted, onBothBackgrounds(palette.muted)),
            line("link", palette.link, onBothBackgrounds(palette.link)),
            line("brand", palette.brand),
            line("on-brand", palette.onBrand, "\(ColourContrast.formatted(ColourContrast.ratio(palette.onBrand, palette.brand))) on --brand"),
            line("focus", palette.focus, onBothBackgrounds(palette.focus)),
            line("rule", palette.rule),
        ]
    }
}

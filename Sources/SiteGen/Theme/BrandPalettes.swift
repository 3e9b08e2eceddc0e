/// The site's palettes for light and dark mode, made from the owner's
/// colours, and what had to change in them (for warnings).
struct BrandPalettes: Sendable, Hashable {
    var light: BrandPalette
    var dark: BrandPalette
    var adjustments: [ColourAdjustment]
    /// The owner's background is dark (`BrandColours.wantsDarkSite`): the
    /// site is dark whatever the visitor's setting, with light text, as the
    /// owner chose; the same palette serves both modes.
    var isDarkSite: Bool

    init(_ colours: BrandColours) {
        let accent = colours.accent ?? BrandColours.themeAccent
        let tint = PaletteTint(colours.accent ?? colours.background ?? colours.surface ?? BrandColours.themeAccent)
        isDarkSite = colours.wantsDarkSite
        let owners = PaletteRecipe(
            mode: isDarkSite ? .dark : .light,
            paper: colours.background ?? tint.neutral(0.99, maximumChroma: 0.008).displayable,
            givenSurface: colours.surface, accent: accent, ownersAccent: colours.accent, tint: tint
        ).make()
        light = owners.palette
        adjustments = owners.adjustments
        if isDarkSite {
            dark = light
        } else {
            // A dark page tinted with the business's hue, as the theme's own
            // dark mode is tinted brown; the owner's light surface has no place in it.
            dark =
                PaletteRecipe(
                    mode: .dark, paper: tint.neutral(0.2, maximumChroma: 0.015).displayable, givenSurface: nil, accent: accent,
                    ownersAccent: nil, minimumLinkLightness: 0.75, tint: tint
                ).make().palette
        }
    }
}

/// The colours the owner gave in site.yml's `theme:` block, each optional.
struct BrandColours: Sendable, Hashable {
    /// `accent:`, the business's colour: links and buttons.
    var accent: SRGBColour?
    /// `background:`, the page.
    var background: SRGBColour?
    /// `surface:`, the header, the footer and the cards.
    var surface: SRGBColour?

    var isEmpty: Bool { accent == nil && background == nil && surface == nil }

    /// The theme's own brown (`--brand` of style.css), for a site that gives
    /// a background or a surface but no accent.
    static let themeAccent = SRGBColour(red: 0x8a, green: 0x3b, blue: 0x12)

    /// A background on which white text reads better than black: the owner
    /// wants a dark site, so its light palette is dark too. The line is where
    /// black and white have the same contrast (luminance 0.18, about #767676):
    /// above it, dark text is the better choice, below it, light text.
    var wantsDarkSite: Bool {
        guard let background else { return false }
        return ColourContrast.ratio(.white, background) > ColourContrast.ratio(.black, background)
    }
}

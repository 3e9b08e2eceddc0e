/// The colours of one mode of the site, light or dark: one custom property
/// of style.css each.
struct BrandPalette: Sendable, Hashable {
    /// The page.
    var paper: SRGBColour
    /// The header, the footer and the cards.
    var surface: SRGBColour
    var text: SRGBColour
    /// Dates, captions, labels: quieter than the text, as readable.
    var muted: SRGBColour
    var link: SRGBColour
    /// The fill of an action button.
    var brand: SRGBColour
    /// The text of an action button.
    var onBrand: SRGBColour
    /// The outline of what the keyboard is on.
    var focus: SRGBColour
    /// Decorative lines.
    var rule: SRGBColour

    /// The colours that are read as text, on each background.
    var textColours: [(name: String, colour: SRGBColour)] {
        [("text", text), ("muted", muted), ("link", link), ("focus", focus)]
    }
}

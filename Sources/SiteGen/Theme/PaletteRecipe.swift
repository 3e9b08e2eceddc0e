/// How one mode of the site gets its palette: from a paper, the owner's
/// surface and accent when given, and a tint for the neutral colours. Every
/// text colour (text, muted, link, focus) is the colour wanted, moved in
/// lightness only as far as it takes to reach 4.5:1 on the paper and on the
/// surface, and a button's text 4.5:1 on the button.
struct PaletteRecipe: Sendable {
    enum Mode: Sendable {
        /// Dark text on a light paper.
        case light
        /// Light text on a dark paper.
        case dark
    }

    var mode: Mode
    var paper: SRGBColour
    /// The owner's `surface:`, kept when text can be read on it.
    var givenSurface: SRGBColour?
    /// The colour of links and buttons: the owner's, or the theme's.
    var accent: SRGBColour
    /// The owner's `accent:`, for the messages when it must change; nil in
    /// a palette the build derives on its own (dark mode of a light site),
    /// where changes are the point and not worth a warning.
    var ownersAccent: SRGBColour?
    /// Links start at least this light: dark mode lightens the accent, as a
    /// dark brown or blue would be murky on a dark page even where readable.
    var minimumLinkLightness: Double = 0
    var tint: PaletteTint

    /// The near-black of a button's text when white reads less well on it.
    private var ink: SRGBColour { tint.neutral(0.2, maximumChroma: 0.02).displayable }

    /// The colour every text colour falls back on, with the most contrast on the paper.
    private var extreme: SRGBColour { mode == .light ? .black : .white }

    func make() -> (palette: BrandPalette, adjustments: [ColourAdjustment]) {
        var adjustments: [ColourAdjustment] = []
        let surface = makeSurface()
        let backgrounds = [paper, surface]
        func isReadable(_ colour: SRGBColour) -> Bool {
            ColourContrast.worst(colour, on: backgrounds) >= ColourContrast.text
        }
        func nearestReadable(_ wanted: OKLCH) -> SRGBColour {
            ColourContrast.nearest(to: wanted, where: isReadable) ?? extreme
        }
        let isLight = mode == .light
        let text = nearestReadable(tint.neutral(isLight ? 0.22 : 0.94, maximumChroma: 0.02))
        let muted = nearestReadable(tint.neutral(isLight ? 0.43 : 0.8, maximumChroma: 0.025))
        // The blue of the theme's own focus ring: a hue of its own, so that
        // the ring stands out from links and buttons of any brand colour.
        let focus = nearestReadable(OKLCH(lightness: isLight ? 0.45 : 0.78, chroma: isLight ? 0.13 : 0.11, hue: 258))

        let accentPolar = OKLCH(accent)
        let link: SRGBColour
        if accentPolar.lightness >= minimumLinkLightness, isReadable(accent) {
            link = accent
        } else {
            link = nearestReadable(accentPolar.with(lightness: max(accentPolar.lightness, minimumLinkLightness)))
        }

        // Buttons keep the owner's colour when white or near-black text reads on it;
        // in a derived dark mode they take the lightened link colour.
        let ink = self.ink
        func buttonText(on fill: SRGBColour) -> SRGBColour {
            ColourContrast.ratio(.white, fill) >= ColourContrast.ratio(ink, fill) ? .white : ink
        }
        func isButtonReadable(_ fill: SRGBColour) -> Bool {
            ColourContrast.ratio(buttonText(on: fill), fill) >= ColourContrast.text
        }
        let fillWanted = minimumLinkLightness > 0 ? link : accent
        let brand =
            isButtonReadable(fillWanted) ? fillWanted : ColourContrast.nearest(to: OKLCH(fillWanted), where: isButtonReadable) ?? extreme

        let rule =
            ColourContrast.nearest(
                to: tint.neutral(OKLCH(paper).lightness + (isLight ? -0.15 : 0.25), maximumChroma: 0.03),
                // Lines stay visible; in dark mode they also edge buttons as dark as the page (3:1, as WCAG asks of such edges).
                where: { ColourContrast.ratio($0, paper) >= (isLight ? 1.5 : 3) }) ?? muted

        let palette = BrandPalette(
            paper: paper, surface: surface, text: text, muted: muted, link: link, brand: brand, onBrand: buttonText(on: brand), focus: focus,
            rule: rule)
        if let givenSurface, givenSurface != surface {
            adjustments.append(surfaceMessage(givenSurface, palette))
        }
        if let ownersAccent, ownersAccent != link || ownersAccent != brand {
            adjustments.append(accentMessage(ownersAccent, palette))
        }
        return (palette, adjustments)
    }

    /// The owner's surface when the text can reach 4.5:1 on it. If not (a
    /// dark header under dark text), or when none is given, a surface a step
    /// from the paper: in the owner's surface colour, or the paper's own
    /// colour when it has one, or the tint; and no further from the paper
    /// than leaves the accent readable on it, when it is on the paper.
    private func makeSurface() -> SRGBColour {
        func isRoomy(_ colour: SRGBColour) -> Bool { ColourContrast.ratio(extreme, colour) >= ColourContrast.text }
        if let givenSurface, isRoomy(givenSurface) { return givenSurface }
        let keepsAccent = ColourContrast.ratio(accent, paper) >= ColourContrast.text
        func isAcceptable(_ colour: SRGBColour) -> Bool {
            isRoomy(colour) && (!keepsAccent || ColourContrast.ratio(accent, colour) >= ColourContrast.text)
        }
        let paperPolar = OKLCH(paper)
        let lightness = paperPolar.lightness + (mode == .light ? -0.06 : 0.06)
        let wanted: OKLCH
        if let givenSurface {
            wanted = OKLCH(givenSurface).with(lightness: lightness)
        } else if paperPolar.chroma >= 0.01 {
            wanted = paperPolar.with(lightness: lightness)
        } else {
            wanted = tint.neutral(lightness, maximumChroma: 0.03)
        }
        return ColourContrast.nearest(to: wanted, where: isAcceptable) ?? paper
    }

    // MARK: Messages

    private var tooWhat: String { mode == .light ? "too light" : "too dark" }

    private func surfaceMessage(_ given: SRGBColour, _ palette: BrandPalette) -> ColourAdjustment {
        let before = ColourContrast.formatted(ColourContrast.ratio(palette.text, given))
        let after = ColourContrast.formatted(ColourContrast.ratio(palette.text, palette.surface))
        let opposite = mode == .light ? "too dark" : "too light"
        return ColourAdjustment(
            key: "surface",
            message:
                "theme.surface \(given) is \(opposite) for the text of the header, the footer and the cards (\(before)); they use \(palette.surface) (\(after)) instead"
        )
    }

    private func accentMessage(_ given: SRGBColour, _ palette: BrandPalette) -> ColourAdjustment {
        let textName = palette.onBrand == .white ? "white text" : "dark text"
        var buttons = "buttons keep \(given) with \(textName)"
        if given != palette.brand {
            let best = max(ColourContrast.ratio(.white, given), ColourContrast.ratio(ink, given))
            let after = ColourContrast.formatted(ColourContrast.ratio(palette.onBrand, palette.brand))
            buttons =
                "neither white nor dark text reads well on it (\(ColourContrast.formatted(best)) at best), so buttons use \(palette.brand) with \(textName) (\(after)) instead"
        }
        guard given != palette.link else {
            return ColourAdjustment(key: "accent", message: "theme.accent \(given): \(buttons); links keep \(given)")
        }
        let onPaper = ColourContrast.ratio(given, palette.paper)
        let onSurface = ColourContrast.ratio(given, palette.surface)
        let place = onSurface < onPaper ? "in the header, the footer and the cards" : "on the page"
        let before = ColourContrast.formatted(min(onPaper, onSurface))
        let after = ColourContrast.formatted(ColourContrast.worst(palette.link, on: [palette.paper, palette.surface]))
        let separator = given == palette.brand ? "," : ";"
        return ColourAdjustment(
            key: "accent",
            message:
                "theme.accent \(given) is \(tooWhat) for text \(place) (\(before)); links use \(palette.link) (\(after)) instead\(separator) \(buttons)"
        )
    }
}

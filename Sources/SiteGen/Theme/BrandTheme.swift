import SiteGenCore

/// site.yml's theme colours and corners, checked: each colour `#rgb` or
/// `#rrggbb`, the corners one of three words, and the palettes made from
/// the colours. The build step reports its diagnostics and hands the
/// stylesheet generator the lines they make.
///
/// CSS colour names (`teal`) are refused rather than looked up: a business
/// colour is given as a code by whoever drew the logo, and a name would give
/// one of 148 fixed colours the owner never chose; the message shows the form.
struct BrandTheme: Sendable {
    var colours = BrandColours()
    var corners: ThemeCorners?
    /// nil when site.yml gives no colour: the theme's own stay.
    var palettes: BrandPalettes?
    /// An error for each value that is not a colour or a corner word, a
    /// warning for each colour of the owner's that a use could not keep.
    var diagnostics: [Diagnostic] = []

    static let colourExamples = ["accent": "#0f766e", "background": "#fbfaf7", "surface": "#e8f0ee"]

    init(_ settings: ThemeSettings, siteFile: String = "site.yml") {
        func location(_ key: String) -> SourceLocation {
            settings.locations[key] ?? SourceLocation(file: siteFile)
        }
        func colour(_ key: String, _ value: String?) -> SRGBColour? {
            guard let value else { return nil }
            if let colour = SRGBColour(hex: value.trimmingCharacters(in: .whitespaces)) { return colour }
            diagnostics.append(
                .error(at: location(key), "theme.\(key): \(Self.colourProblem(value, example: Self.colourExamples[key] ?? "#0f766e"))"))
            return nil
        }
        colours.accent = colour("accent", settings.accent)
        colours.background = colour("background", settings.background)
        colours.surface = colour("surface", settings.surface)
        if let word = settings.corners {
            corners = ThemeCorners(word: word)
            if corners == nil {
                diagnostics.append(.error(at: location("corners"), "theme.corners: \(ThemeCorners.problem(with: word))"))
            }
        }
        guard !colours.isEmpty else { return }
        let palettes = BrandPalettes(colours)
        self.palettes = palettes
        diagnostics += palettes.adjustments.map { .warning(at: location($0.key), $0.message) }
    }

    /// Nothing for the stylesheet: no colour and no corners given, or none valid.
    var isEmpty: Bool { palettes == nil && corners == nil }

    /// What to say of a value that is not a colour; only its start is
    /// quoted, whatever its length.
    static func colourProblem(_ value: String, example: String) -> String {
        let shown = TextField.quoted(value.count > 40 ? String(value.prefix(40)) + "…" : value)
        let digits = value.trimmingCharacters(in: .whitespaces)
        if [3, 6].contains(digits.count), digits.allSatisfy(\.isHexDigit) {
            return "\(shown) is not a colour; write it with its # and in quotes, as \"#\(digits.lowercased())\""
        }
        return "\(shown) is not a colour; write it as #rrggbb, such as \(example)"
    }

    /// The build step: the errors and warnings at their keys in site.yml,
    /// and the lines the published style.css ends with.
    static func check(_ config: SiteConfig, _ environment: BuildEnvironment) -> BrandStylesheet {
        let theme = BrandTheme(config.theme, siteFile: environment.display("site.yml"))
        environment.log.report(theme.diagnostics)
        return BrandStylesheet(theme)
    }
}

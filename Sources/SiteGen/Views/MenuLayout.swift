/// How the header's menu is laid out, so that it is never two wrapped lines
/// of links: on one line when its titles are short enough for a 390 px
/// phone, else folded into a "Menu" disclosure (`<details>`, no script) up
/// to the width where the line fits. Decided at build time from the length
/// of the titles, as no CSS the pinned Nu checker accepts can measure the
/// line or open a `<details>` on wide screens; the same titles always give
/// the same pages. The CSS classes are `menu-` and the raw value.
enum MenuLayout: String, Sendable {
    /// Short enough for a phone: always one line.
    case oneLine = "one-line"
    /// Folded below 48rem, a line from there on.
    case foldsOnPhones = "folds-narrow"
    /// Folded below 75rem, where the wide column begins.
    case foldsBelowWide = "folds-medium"
    /// Too long for any screen's line: always folded.
    case alwaysFolds = "folds-always"

    /// The widths, in rem of the menu's text, that each layout leaves its
    /// line: a 390 px phone less the margins; 48rem and 75rem less the margins.
    static let phoneLine = 19.5
    static let narrowLine = 46.0
    static let wideLine = 70.0
    /// The room between two links (`gap` of `.menu-list` in style.css).
    static let gap = 1.25

    init(titles: [String]) {
        let width = titles.map(Self.estimatedWidth).reduce(0, +) + Double(max(titles.count - 1, 0)) * Self.gap
        switch width {
        case ...Self.phoneLine: self = .oneLine
        case ...Self.narrowLine: self = .foldsOnPhones
        case ...Self.wideLine: self = .foldsBelowWide
        default: self = .alwaysFolds
        }
    }

    var folds: Bool { self != .oneLine }

    /// A generous estimate of a text's width in em, as no font is measured
    /// at build time: wide sans-serif letters (DejaVu Sans, bold, as the
    /// current page's title is) are about 0.62em, narrow ones 0.42em,
    /// capitals 0.75em, and Chinese, Japanese or Korean characters 1em.
    static func estimatedWidth(_ text: String) -> Double {
        text.unicodeScalars.reduce(0) { width, scalar in
            width + characterWidth(scalar)
        }
    }

    private static func characterWidth(_ scalar: Unicode.Scalar) -> Double {
        if scalar.value >= 0x2E80 { return 1.0 }
        if " .,:;'’!|".unicodeScalars.contains(scalar) { return 0.33 }
        if "iljtfrI".unicodeScalars.contains(scalar) { return 0.42 }
        if "mwMW".unicodeScalars.contains(scalar) { return 0.95 }
        if scalar.properties.isUppercase { return 0.75 }
        return 0.62
    }
}

import SiteGenCore

/// The fonts sitegen offers, each from a Debian package, so that a site
/// built anywhere gets the same files and no page asks another server for
/// them. Few on purpose: one of each kind an owner may want, each light
/// enough once subset that a home page with two of them stays under 60 KB
/// of fonts (Lato was left out: 24 KB a weight, twice Open Sans).
/// Licences checked in each package's copyright file: SIL OFL 1.1 and
/// Apache 2.0 both allow publishing a subset on a website; the subset keeps
/// the font's copyright, trademark and licence names (see `FontSubsetter`).
struct WebFontCatalogue: Sendable {
    var fonts: [WebFont]

    /// What site.yml writes to keep the visitor's own system fonts.
    static let systemName = "system"

    /// Fallbacks from the "Modern Font Stacks" families of the same shape.
    static let debian = WebFontCatalogue(fonts: [
        WebFont(
            name: "Open Sans", look: "humanist sans", package: "fonts-open-sans", licence: "Apache 2.0",
            folder: "/usr/share/fonts/truetype/open-sans", files: [400: "OpenSans-Regular.ttf", 700: "OpenSans-Bold.ttf"],
            fallback: "Seravek, \"Gill Sans Nova\", Ubuntu, Calibri, \"DejaVu Sans\", sans-serif"),
        WebFont(
            name: "Inter", look: "plain sans", package: "fonts-inter", licence: "SIL OFL 1.1",
            folder: "/usr/share/fonts/opentype/inter", files: [400: "Inter-Regular.otf", 700: "Inter-Bold.otf"],
            fallback: "Roboto, \"Helvetica Neue\", \"Arial Nova\", \"Nimbus Sans\", Arial, sans-serif"),
        WebFont(
            name: "League Spartan", look: "geometric sans", package: "fonts-league-spartan", licence: "SIL OFL 1.1",
            folder: "/usr/share/fonts/opentype/league-spartan", files: [400: "LeagueSpartan-Regular.otf", 700: "LeagueSpartan-Bold.otf"],
            fallback: "Avenir, Montserrat, Corbel, \"URW Gothic\", sans-serif"),
        WebFont(
            name: "Vollkorn", look: "serif", package: "fonts-vollkorn", licence: "SIL OFL 1.1",
            folder: "/usr/share/fonts/truetype/vollkorn", files: [400: "Vollkorn-Regular.ttf", 700: "Vollkorn-Bold.ttf"],
            fallback: "\"Iowan Old Style\", \"Palatino Linotype\", \"URW Palladio L\", P052, Georgia, serif"),
        WebFont(
            name: "Roboto Slab", look: "slab serif", package: "fonts-roboto-slab", licence: "Apache 2.0",
            folder: "/usr/share/fonts/opentype/roboto/slab", files: [400: "RobotoSlab-Regular.otf", 700: "RobotoSlab-Bold.otf"],
            fallback: "Rockwell, \"Rockwell Nova\", \"DejaVu Serif\", \"Sitka Small\", serif"),
    ])

    /// The font called `name`, whatever its case and spacing (`open sans`,
    /// `OpenSans`, `league-spartan`).
    func font(named name: String) -> WebFont? {
        let key = Self.comparable(name)
        return fonts.first { Self.comparable($0.name) == key }
    }

    static func isSystem(_ name: String) -> Bool {
        comparable(name) == systemName
    }

    /// `; did you mean "Vollkorn"?`, or nothing.
    func suggestion(for name: String) -> String {
        let names = fonts.map(\.name) + [Self.systemName]
        guard let near = EditDistance.closest(to: Self.comparable(name), among: names.map(Self.comparable), minimum: 2),
            let meant = names.first(where: { Self.comparable($0) == near })
        else { return "" }
        return "; did you mean \"\(meant)\"?"
    }

    /// Every name site.yml may write, for messages.
    var namesForMessages: String {
        "choose one of " + fonts.map(\.name).sorted().joined(separator: ", ") + ", or \(Self.systemName) for the visitor's own fonts"
    }

    private static func comparable(_ name: String) -> String {
        String(name.lowercased().filter { $0.isLetter || $0.isNumber })
    }
}

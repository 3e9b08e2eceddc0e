import Foundation

/// What the font step made: the fonts chosen, and each file's bytes by its
/// path in the output, for the generator that publishes them, the
/// stylesheet that uses them and the pages that preload them.
struct WebFonts: Sendable {
    var selection: FontSelection
    var files: [String: Data]

    /// A site that keeps the visitor's own fonts.
    static let none = WebFonts(selection: FontSelection(characters: FontCharacters(ranges: [])), files: [:])

    var stylesheet: String { WebFontStylesheet(selection: selection).css }
}

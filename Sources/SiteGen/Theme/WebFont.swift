import Foundation

/// A font sitegen offers for site.yml's `theme: heading_font:` and
/// `body_font:`, as one of Debian's font packages installs it: where its
/// files are, what it looks like, its licence, and the installed fonts of the
/// same kind that a browser shows until it arrives (or when it cannot).
struct WebFont: Sendable, Hashable {
    /// As written in site.yml and in CSS: `Vollkorn`.
    var name: String
    /// What it looks like, in a word or two: `serif`.
    var look: String
    /// The Debian package that installs it: `fonts-vollkorn`.
    var package: String
    /// As the package's `/usr/share/doc/PACKAGE/copyright` says.
    var licence: String
    /// The folder the package installs its files in.
    var folder: String
    /// The file of each weight the theme uses: 400 for text, 700 for bold text and headings.
    var files: [Int: String]
    /// Fonts of the same kind that computers often have, then the generic family.
    var fallback: String

    /// For file names: `open-sans`.
    var slug: String {
        name.lowercased().split(separator: " ").joined(separator: "-")
    }

    /// The installed file of `weight`.
    func file(weight: Int) -> URL? {
        files[weight].map { URL(fileURLWithPath: folder).appendingPathComponent($0) }
    }

    /// The value of a CSS `font-family`: this font, then the fallback.
    var stack: String {
        "\"\(name)\", \(fallback)"
    }
}

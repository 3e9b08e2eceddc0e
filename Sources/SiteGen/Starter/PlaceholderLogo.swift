import Foundation

/// The logo `sitegen init` writes for a new business: its initials in a
/// plain circle, neutral enough to be obviously temporary. The marker in it
/// lets the build tell it apart from the owner's own logo, whatever its name.
enum PlaceholderLogo {
    static let marker = "sitegen-placeholder-logo"

    static func svg(for name: String) -> String {
        let initials = Self.initials(of: name)
        return """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 240" width="240" height="240" id="\(marker)">
              <!-- A placeholder made by sitegen init: replace this file with your own logo. -->
              <title>\(escaped(name))</title>
              <circle cx="120" cy="120" r="116" fill="#eef1f4" stroke="#44505c" stroke-width="6"/>
              <text x="120" y="120" text-anchor="middle" dominant-baseline="central" font-family="system-ui, sans-serif" font-size="\(initials.count > 1 ? 88 : 110)" font-weight="600" fill="#2b343d">\(escaped(initials))</text>
            </svg>

            """
    }

    static func isPlaceholder(_ data: Data) -> Bool {
        data.count < 16_384 && String(decoding: data, as: UTF8.self).contains(marker)
    }

    /// Up to two letters: the first of the first two words that start with one.
    static func initials(of name: String) -> String {
        let letters = name.split(whereSeparator: { $0.isWhitespace || $0 == "-" }).compactMap { word in word.first(where: \.isLetter) }
        let picked = letters.prefix(2).map { String($0).uppercased() }.joined()
        return picked.isEmpty ? "?" : picked
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}

/// A link's destination as libcmark-gfm writes it into `href` (its
/// `houdini_escape_href`): every byte outside a small safe set, spaces and
/// non-ASCII letters included, percent-encoded; a `%` already there kept.
/// It is the address a visitor's browser asks, so the one `check` asks.
enum PublishedHref {
    /// The characters libcmark-gfm leaves as they are, besides ASCII letters and digits.
    private static let safePunctuation = Set("-_.+!*'(),%#@?=;:/&$~".utf8)

    static func of(_ destination: String) -> String {
        var href = ""
        for byte in destination.utf8 {
            let isSafe =
                (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || safePunctuation.contains(byte)
            if isSafe {
                href.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                href += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return href
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}

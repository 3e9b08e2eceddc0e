import Foundation

/// The stylesheets of the theme and of `templates/` as every visitor
/// downloads them: without their comments. The comments explain the theme to
/// whoever edits it (`sitegen theme eject` copies the file whole) and weigh
/// about a third of style.css gzipped, which the home page's 14 KB cannot
/// spare. Only comments and the lines they leave empty go, except `/*! … */`,
/// which by custom holds a licence that must stay with the file; every rule
/// stays as written, so nothing a browser reads changes. Written here rather than taken from a minifier:
/// finding comments needs only CSS's rules for strings, `url(...)` and
/// comments (CSS Syntax Level 3, §4.3), and a minifier that rewrites rules
/// would be a dependency for a job a few lines do.
enum StylesheetComments {
    static func removed(from css: Data) -> Data {
        let bytes = [UInt8](css)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "/"), index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: "*"),
                bytes[index + 2] != UInt8(ascii: "!")
            {
                // To the comment's end, or to the end of the file when it is never closed, as CSS reads it.
                var end = index + 2
                while end + 1 < bytes.count, !(bytes[end] == UInt8(ascii: "*") && bytes[end + 1] == UInt8(ascii: "/")) { end += 1 }
                index = min(end + 2, bytes.count)
                continue
            }
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                let end = stringEnd(bytes, from: index, quote: byte)
                output.append(contentsOf: bytes[index..<end])
                index = end
                continue
            }
            if isUnquotedURL(bytes, at: index) {
                // `url(a/*b*/c)` is an address, not a comment.
                var end = index + 4
                while end < bytes.count, bytes[end] != UInt8(ascii: ")") { end += 1 }
                end = min(end + 1, bytes.count)
                output.append(contentsOf: bytes[index..<end])
                index = end
                continue
            }
            output.append(byte)
            index += 1
        }
        return Data(withoutBlankLines(output))
    }

    /// Just past a string's closing quote; a backslash escapes the next byte, and a
    /// newline ends an unclosed string, as in CSS.
    private static func stringEnd(_ bytes: [UInt8], from start: Int, quote: UInt8) -> Int {
        var index = start + 1
        while index < bytes.count {
            switch bytes[index] {
            case quote: return index + 1
            case UInt8(ascii: "\\"): index += 2
            case UInt8(ascii: "\n"): return index
            default: index += 1
            }
        }
        return bytes.count
    }

    /// `url(` followed by something other than a quote.
    private static func isUnquotedURL(_ bytes: [UInt8], at index: Int) -> Bool {
        guard index + 4 <= bytes.count, bytes[index..<index + 4].elementsEqual("url(".utf8) else { return false }
        if index > 0, bytes[index - 1] == UInt8(ascii: "-") || isNameByte(bytes[index - 1]) { return false }
        var next = index + 4
        while next < bytes.count, bytes[next] == UInt8(ascii: " ") || bytes[next] == UInt8(ascii: "\t") { next += 1 }
        return next < bytes.count && bytes[next] != UInt8(ascii: "\"") && bytes[next] != UInt8(ascii: "'")
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_") || byte >= 0x80
    }

    /// Lines with nothing but spaces, which removed comments leave, go; the
    /// others keep their indentation, trailing spaces trimmed.
    private static func withoutBlankLines(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
            var trimmed = line[...]
            while let last = trimmed.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") || last == UInt8(ascii: "\r") {
                trimmed = trimmed.dropLast()
            }
            if trimmed.isEmpty { continue }
            output.append(contentsOf: trimmed)
            output.append(UInt8(ascii: "\n"))
        }
        return output
    }
}

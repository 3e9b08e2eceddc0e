import SiteGenCore

/// Takes out of the raw HTML of a Markdown page what would run script in a
/// visitor's browser: event handlers (`onerror=`), script addresses in the
/// attributes that hold addresses, scripting styles, `<meta http-equiv>` and
/// `<base>`. Everything else is kept byte for byte.
///
/// The HTML is read by Gumbo, a real HTML5 parser, as a browser reads it
/// inside a page, and what it finds is cut out of the original bytes; the
/// result is read again until nothing is left to cut, so that a cut cannot
/// join two harmless pieces into a harmful one. GitHub's tag filter (`<script>`,
/// `<style>`, `<iframe>`...) is applied first, as the page renderer applies it
/// after, so that what follows `&lt;style>` is read as tags, as a browser will.
/// A piece left open at its end (`<a title="`) would swallow the next piece
/// of the page in a browser: it is shown as text. Every tag the filter shows
/// as text is a finding too: the owner sees code on the page, not a video.
enum RawHTMLSanitizer {
    struct Finding: Equatable {
        /// Byte offset in the original HTML.
        var offset: Int
        var message: String
        /// The tag the filter showed as text, if that is what was found.
        var escapedTag: EscapedTag? = nil
    }

    /// A start or end tag of one of `filteredTags` (`<iframe src=...>`,
    /// `</iframe>`), or `<![`, named `![`.
    struct EscapedTag: Equatable {
        var name: String
        var isEnd: Bool
    }

    struct Result {
        var html: String
        var findings: [Finding]
    }

    /// GitHub's tag filter, plus `noscript`, whose content a browser reads as
    /// text while Gumbo reads it as tags.
    static let filteredTags: [[UInt8]] = [
        "title", "textarea", "style", "xmp", "iframe", "noembed", "noframes", "script",
        "plaintext", "noscript",
    ].map { Array($0.utf8) }

    static let addressAttributes: Set<String> = [
        "href", "src", "action", "formaction", "poster", "background", "cite", "data", "codebase", "longdesc", "lowsrc",
        "dynsrc", "usemap", "manifest", "icon", "profile", "classid", "archive", "ping", "base", "itemtype",
    ]

    private static let prefix = Array("<body>".utf8)
    private static let sentinel = Array("<!--sitegen-end-->".utf8)

    static func sanitize(_ html: String) -> Result {
        var bytes: [UInt8] = []
        var origin: [Int] = []
        let input = Array(html.utf8)
        filterTags(input, into: &bytes, origin: &origin)
        var findings = escapedTagFindings(input)
        // Every pass removes bytes, so this ends; the bound is a safeguard.
        for _ in 0..<64 {
            let tokens = HTMLTokens(parsing: prefix + bytes + sentinel)
            let end = prefix.count + bytes.count
            guard tokens.comments.contains(where: { $0.offset == end && $0.text.utf8.elementsEqual(sentinel) }) else {
                return leftOpen(html)
            }
            var cuts: [(range: Range<Int>, at: Int, message: String)] = []
            for tag in tokens.tags {
                let tagRange = shifted(tag.range)
                if !tagRange.isEmpty, tag.name == "base" || (tag.name == "meta" && tag.attributes.contains { $0.name == "http-equiv" }) {
                    cuts.append(
                        (tagRange, tagRange.lowerBound, "removed <\(tag.name)>: it can send visitors to another address or change where links lead"))
                    continue
                }
                for attribute in tag.attributes {
                    let range = shifted(attribute.range)
                    guard !range.isEmpty, let reason = danger(of: attribute) else { continue }
                    let element = tag.name.isEmpty ? "" : " from <\(tag.name)>"
                    cuts.append((widenedToSpace(range, in: bytes), range.lowerBound, "removed \(attribute.name)=\(element): \(reason)"))
                }
            }
            if cuts.isEmpty {
                // In the order of the original, as a page reports them.
                return Result(html: String(decoding: bytes, as: UTF8.self), findings: findings.sorted { $0.offset < $1.offset })
            }
            cuts.sort { $0.range.lowerBound < $1.range.lowerBound }
            var kept: [UInt8] = []
            var keptOrigin: [Int] = []
            var position = 0
            for cut in cuts {
                findings.append(Finding(offset: origin[cut.at], message: cut.message))
                guard cut.range.lowerBound >= position else {
                    position = max(position, cut.range.upperBound)
                    continue
                }
                kept += bytes[position..<cut.range.lowerBound]
                keptOrigin += origin[position..<cut.range.lowerBound]
                position = cut.range.upperBound
            }
            kept += bytes[position...]
            keptOrigin += origin[position...]
            bytes = kept
            origin = keptOrigin
        }
        return leftOpen(html)
    }

    /// Why an attribute must go, or nil.
    static func danger(of attribute: HTMLTokens.Attribute) -> String? {
        let name = attribute.name
        let local = name.split(separator: ":").last.map(String.init) ?? name
        if name.hasPrefix("on") { return "event handlers run script" }
        if name == "srcdoc" { return "it holds a whole page, scripts included" }
        if addressAttributes.contains(local), let scheme = UnsafeAddress.scheme(of: attribute.value) {
            return "\(scheme): addresses \(scheme == "file" ? "read the visitor's own files" : "can run script")"
        }
        if local == "srcset" || local == "imagesrcset" {
            for entry in attribute.value.split(separator: ",") {
                if let scheme = UnsafeAddress.scheme(of: String(entry)) { return "\(scheme): addresses can run script" }
            }
        }
        // SVG animation can set an address: <animate attributeName=href values="javascript:...">.
        if ["values", "to", "from", "by"].contains(local), let scheme = UnsafeAddress.scriptScheme(anywhereIn: attribute.value, including: ["data"]) {
            return "it sets a \(scheme): address, which can run script"
        }
        if local == "style" {
            let css = cssText(attribute.value)
            if let scheme = UnsafeAddress.scriptScheme(anywhereIn: css) { return "a \(scheme): address in a style can run script" }
            let squeezed = String(String.UnicodeScalarView(css.unicodeScalars.filter { !UnsafeAddress.isInvisible($0) })).lowercased()
            if let found = ["expression(", "-moz-binding", "behavior:"].first(where: squeezed.contains) {
                return "\(found) in a style runs script in old browsers"
            }
        }
        return nil
    }

    /// A style with its comments removed and its escapes (`\6a`) decoded.
    static func cssText(_ style: String) -> String {
        var result = String.UnicodeScalarView()
        let scalars = Array(style.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "/", index + 1 < scalars.count, scalars[index + 1] == "*" {
                index += 2
                while index + 1 < scalars.count, !(scalars[index] == "*" && scalars[index + 1] == "/") { index += 1 }
                index += 2
                continue
            }
            if scalar == "\\", index + 1 < scalars.count {
                var hex = ""
                var next = index + 1
                while next < scalars.count, hex.count < 6, scalars[next].properties.isASCIIHexDigit {
                    hex.unicodeScalars.append(scalars[next])
                    next += 1
                }
                if hex.isEmpty {
                    result.append(scalars[index + 1])
                    index += 2
                    continue
                }
                if next < scalars.count, scalars[next] == " " || scalars[next] == "\t" || scalars[next] == "\n" { next += 1 }
                result.append(UInt32(hex, radix: 16).flatMap(Unicode.Scalar.init) ?? "\u{FFFD}")
                index = next
                continue
            }
            result.append(scalar)
            index += 1
        }
        return String(result)
    }

    /// `<` of a filtered tag becomes `&lt;`, as GitHub's tag filter writes it;
    /// so does `<![`, which opens CDATA inside SVG but a comment elsewhere.
    static func filterTags(_ input: [UInt8], into bytes: inout [UInt8], origin: inout [Int]) {
        bytes.reserveCapacity(input.count)
        origin.reserveCapacity(input.count)
        let escaped = Array("&lt;".utf8)
        for (index, byte) in input.enumerated() {
            if byte == UInt8(ascii: "<"), isFiltered(input, at: index) {
                bytes += escaped
                origin += Array(repeating: index, count: escaped.count)
            } else {
                bytes.append(byte)
                origin.append(index)
            }
        }
    }

    private static func isFiltered(_ input: [UInt8], at index: Int) -> Bool {
        filteredTag(input, at: index) != nil
    }

    /// The filtered tag that starts at `index` (a `<`), or nil.
    private static func filteredTag(_ input: [UInt8], at index: Int) -> EscapedTag? {
        var start = index + 1
        if start + 1 < input.count, input[start] == UInt8(ascii: "!"), input[start + 1] == UInt8(ascii: "[") {
            return EscapedTag(name: "![", isEnd: false)
        }
        let isEnd = start < input.count && input[start] == UInt8(ascii: "/")
        if isEnd { start += 1 }
        for name in filteredTags where start + name.count <= input.count {
            let matches = name.indices.allSatisfy { input[start + $0] | 0x20 == name[$0] }
            guard matches else { continue }
            let after = start + name.count
            // A tag name ends at a space, `/` or `>`; `<scripts>` is another tag.
            if after == input.count { return EscapedTag(name: String(decoding: name, as: UTF8.self), isEnd: isEnd) }
            let next = input[after]
            if !((next >= 0x30 && next <= 0x39) || (next | 0x20 >= 0x61 && next | 0x20 <= 0x7A) || next == UInt8(ascii: "-")) {
                return EscapedTag(name: String(decoding: name, as: UTF8.self), isEnd: isEnd)
            }
        }
        return nil
    }

    /// One finding per tag that the filter shows as text, at its `<`.
    static func escapedTagFindings(_ input: [UInt8]) -> [Finding] {
        var findings: [Finding] = []
        for index in input.indices where input[index] == UInt8(ascii: "<") {
            guard let tag = filteredTag(input, at: index) else { continue }
            let message = EscapedTagAdvice.message(for: tag, tagText: tagText(input, at: index))
            findings.append(Finding(offset: index, message: message, escapedTag: tag))
        }
        return findings
    }

    /// The tag from its `<` to its `>`, at most 2 KB of it: where a pasted frame leads.
    private static func tagText(_ input: [UInt8], at index: Int) -> String {
        let end = min(input.count, index + 2_048)
        let close = input[index..<end].firstIndex(of: UInt8(ascii: ">")) ?? end
        return String(decoding: input[index..<close], as: UTF8.self)
    }

    private static func shifted(_ range: Range<Int>) -> Range<Int> {
        guard range.lowerBound >= prefix.count else { return 0..<0 }
        return (range.lowerBound - prefix.count)..<(range.upperBound - prefix.count)
    }

    /// The attribute with the spaces before it, so `<img src=x onerror=y>` becomes `<img src=x>`.
    private static func widenedToSpace(_ range: Range<Int>, in bytes: [UInt8]) -> Range<Int> {
        var start = range.lowerBound
        while start > 0, [0x20, 0x09, 0x0A, 0x0C, 0x0D].contains(bytes[start - 1]) { start -= 1 }
        return start..<min(range.upperBound, bytes.count)
    }

    private static func leftOpen(_ html: String) -> Result {
        let bytes = Array(html.utf8)
        let offset = bytes.lastIndex(of: UInt8(ascii: "<")) ?? 0
        return Result(
            html: HTMLEscaping.text(html),
            findings: [
                Finding(
                    offset: offset,
                    message:
                        "this raw HTML is left open at its end (an unfinished tag, comment or <![CDATA[), so a browser would read the rest of the page into it; it is shown as text: finish it on the same block"
                )
            ])
    }
}

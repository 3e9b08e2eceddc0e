/// Rewrites untrusted HTML so that Gumbo never holds more than a given
/// number of open elements, before Gumbo reads it.
///
/// Gumbo 0.10 looks through its whole stack of open elements for nearly
/// every tag, so its time grows with the square of the nesting: 10,000
/// nested `<div>`s take seconds and a megabyte of them hours. At a depth of
/// 512 five megabytes of tags take about a second. The depth has to be
/// bounded before Gumbo runs, and only a tokenizer can tell where tags are.
///
/// This one follows HTML's tokenizer for tags, attributes, comments and
/// the elements whose content is text (`<script>`, `<title>`...), and writes
/// every token again in a form that Gumbo cannot read differently: text with
/// each `<` as `&lt;`, tags with double-quoted attributes, no comments. So
/// Gumbo sees exactly the tags counted here, wherever it is.
///
/// The count over-estimates Gumbo's depth and never under-estimates it
/// (but for the `<tbody>` and `<tr>` that Gumbo adds to tables): an end tag
/// closes an element here only when HTML's tree construction surely closes
/// it too, and elements it closes without an end tag (`<p>` before `<p>`)
/// are closed here only in the plain cases. A start tag beyond the limit
/// is left out, with its content kept; an element whose content is text is
/// left out with its content.
enum HTMLNestingGuard {
    static func limitingDepth(of input: [UInt8], to maximumDepth: Int) -> [UInt8] {
        var rewriter = Rewriter(input: input, maximumDepth: maximumDepth)
        rewriter.run()
        return rewriter.output
    }

    /// Elements with no content and no end tag.
    private static let voidElements: Set<String> = [
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input", "keygen", "link",
        "meta", "param", "source", "track", "wbr",
    ]

    /// Elements whose content the tokenizer reads as text up to their end tag.
    private static let textElements: Set<String> = [
        "script", "style", "xmp", "iframe", "noembed", "noframes", "textarea", "title", "plaintext",
    ]

    /// Elements closed by an end tag of an element that contains them
    /// ("generate implied end tags").
    private static let impliedEnd: Set<String> = ["p", "li", "dt", "dd", "option", "optgroup", "rb", "rp", "rt", "rtc"]

    /// Start tags that close an open `<p>` right above them.
    private static let closesParagraph: Set<String> = [
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "section", "summary", "ul",
        "h1", "h2", "h3", "h4", "h5", "h6", "pre", "listing", "form", "li", "dt", "dd", "xmp", "plaintext",
    ]

    private static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// End tags that, when the element is open, close what HTML closes
    /// implicitly above it; and, for table parts, the cells and rows too.
    private static let closingAbove: [String: Set<String>] = {
        var table: [String: Set<String>] = [:]
        for name in [
            "address", "article", "aside", "blockquote", "button", "center", "details", "dialog", "dir", "div", "dl",
            "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "listing", "main", "menu", "nav", "ol", "pre",
            "section", "summary", "ul", "li", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "form", "p",
        ] {
            table[name] = impliedEnd
        }
        table["tr"] = impliedEnd.union(["td", "th"])
        for name in ["tbody", "thead", "tfoot"] { table[name] = impliedEnd.union(["td", "th", "tr"]) }
        table["table"] = impliedEnd.union(["td", "th", "tr", "tbody", "thead", "tfoot", "caption", "colgroup"])
        return table
    }()

    /// HTML start tags that take the parser out of SVG and MathML, and the
    /// elements of those inside which tags are HTML again.
    private static let htmlAgain: Set<String> = [
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "font", "h1", "h2",
        "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby",
        "s", "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var",
        "foreignobject", "desc", "title", "mi", "mo", "mn", "ms", "mtext", "annotation-xml",
    ]

    private struct Tag {
        var name: String
        var isEnd: Bool
        var selfClosing = false
        var attributes: [(name: ArraySlice<UInt8>, value: ArraySlice<UInt8>?)] = []
        /// Just after the `>`.
        var end: Int
    }

    private struct Rewriter {
        let input: [UInt8]
        let maximumDepth: Int
        var output: [UInt8] = []
        var position = 0
        /// The names of the elements counted as open, innermost last.
        var open: [String] = []
        /// For each element of `open`: whether start tags in it are read as
        /// SVG or MathML, and whether an `<svg>` or `<math>` is open at or
        /// below it. Kept beside it so that every check is one look at the top.
        var readsForeign: [Bool] = []
        var withinForeign: [Bool] = []

        init(input: [UInt8], maximumDepth: Int) {
            self.input = input
            self.maximumDepth = maximumDepth
            output.reserveCapacity(input.count + input.count / 16)
        }

        mutating func run() {
            while position < input.count {
                let byte = input[position]
                guard byte == UInt8(ascii: "<") else {
                    output.append(byte)
                    position += 1
                    continue
                }
                guard markup() else { return }
            }
        }

        /// Reads what starts at a `<`; false when the rest of the input is
        /// swallowed (a comment or tag left open at the end).
        private mutating func markup() -> Bool {
            let next = at(position + 1)
            if next == UInt8(ascii: "!") {
                if starts(with: "<!--", at: position) { return comment() }
                if startsIgnoringCase(with: "<!doctype", at: position) { append("<!DOCTYPE html>") }
                return skip(to: UInt8(ascii: ">"), from: position + 2)
            }
            if next == UInt8(ascii: "?") { return skip(to: UInt8(ascii: ">"), from: position + 2) }
            if next == UInt8(ascii: "/") {
                let after = at(position + 2)
                if let after, isASCIILetter(after) {
                    guard let tag = readTag(nameAt: position + 2, isEnd: true) else { return false }
                    position = tag.end
                    endTag(tag.name)
                    return true
                }
                if after == UInt8(ascii: ">") {
                    position += 3
                    return true
                }
                if after == nil {
                    append("&lt;/")
                    position += 2
                    return true
                }
                return skip(to: UInt8(ascii: ">"), from: position + 2)
            }
            guard let next, isASCIILetter(next) else {
                append("&lt;")
                position += 1
                return true
            }
            guard let tag = readTag(nameAt: position + 1, isEnd: false) else { return false }
            position = tag.end
            startTag(tag)
            return true
        }

        private mutating func comment() -> Bool {
            // `<!-->` and `<!--->` are whole (empty) comments.
            if at(position + 4) == UInt8(ascii: ">") {
                position += 5
                return true
            }
            if at(position + 4) == UInt8(ascii: "-"), at(position + 5) == UInt8(ascii: ">") {
                position += 6
                return true
            }
            var index = position + 4
            while index + 2 < input.count {
                if input[index] == UInt8(ascii: "-"), input[index + 1] == UInt8(ascii: "-") {
                    if input[index + 2] == UInt8(ascii: ">") {
                        position = index + 3
                        return true
                    }
                    if input[index + 2] == UInt8(ascii: "!"), at(index + 3) == UInt8(ascii: ">") {
                        position = index + 4
                        return true
                    }
                }
                index += 1
            }
            return false
        }

        private mutating func skip(to byte: UInt8, from start: Int) -> Bool {
            guard let found = input[min(start, input.count)...].firstIndex(of: byte) else { return false }
            position = found + 1
            return true
        }

        // MARK: Tree

        private mutating func startTag(_ tag: Tag) {
            closeImplied(before: tag.name)
            let isVoid = HTMLNestingGuard.voidElements.contains(tag.name) || (tag.selfClosing && isForeign(tag.name))
            let fits = isVoid || open.count < maximumDepth
            if fits { write(tag) }
            if HTMLNestingGuard.textElements.contains(tag.name) {
                text(of: tag.name, keep: fits)
            } else if fits, !isVoid {
                push(tag.name)
            }
        }

        /// The elements HTML closes before this start tag, when they are the
        /// current node.
        private mutating func closeImplied(before name: String) {
            guard let top = open.last else { return }
            if top == "p", HTMLNestingGuard.closesParagraph.contains(name) { pop() }
            guard let current = open.last else { return }
            switch name {
            case "li" where current == "li", "option" where current == "option", "a" where current == "a",
                "nobr" where current == "nobr":
                pop()
            case "dt", "dd":
                if current == "dt" || current == "dd" { pop() }
            case "td", "th":
                if current == "td" || current == "th" { pop() }
            case "tr":
                if current == "td" || current == "th" { pop() }
                if open.last == "tr" { pop() }
            case _ where HTMLNestingGuard.headings.contains(name) && HTMLNestingGuard.headings.contains(current):
                pop()
            default:
                break
            }
        }

        /// Whether the parser reads a start tag here as SVG or MathML, where
        /// `/>` closes it.
        private func isForeign(_ name: String) -> Bool {
            if name == "svg" || name == "math" { return true }
            if HTMLNestingGuard.htmlAgain.contains(name) { return false }
            return readsForeign.last ?? false
        }

        private mutating func push(_ name: String) {
            readsForeign.append(isForeign(name))
            withinForeign.append((withinForeign.last ?? false) || name == "svg" || name == "math")
            open.append(name)
        }

        private mutating func pop(to count: Int) {
            open.removeSubrange(count...)
            readsForeign.removeSubrange(count...)
            withinForeign.removeSubrange(count...)
        }

        private mutating func pop() { pop(to: open.count - 1) }

        private mutating func endTag(_ name: String) {
            // Written even when nothing is closed here: Gumbo decides.
            append("</" + name + ">")
            if open.last == name {
                pop()
                return
            }
            guard let above = HTMLNestingGuard.closingAbove[name] else { return }
            // Looking no further than a few elements down keeps this linear;
            // not closing only over-estimates.
            var index = open.count - 1
            while index >= 0, open[index] != name {
                guard above.contains(open[index]), index > open.count - 16 else { return }
                index -= 1
            }
            if index >= 0 { pop(to: index) }
        }

        /// The content of `<script>`, `<title>` and the like, up to its end
        /// tag. Where the parser might read tags in it (in SVG or MathML a
        /// `<style>` holds tags; in a script, `<!--<script>` hides the next
        /// end tag), every `<` is written `&lt;`, so that it reads none: a
        /// script's text, never shown, keeps them so.
        private mutating func text(of name: String, keep: Bool) {
            var index = position
            var closing: Int?
            let pattern = Array(("</" + name).utf8)
            while name != "plaintext", index + pattern.count < input.count {
                if input[index] == UInt8(ascii: "<"), input[index + 1] == UInt8(ascii: "/"), matchesIgnoringCase(pattern, at: index),
                    [UInt8(ascii: ">"), UInt8(ascii: "/"), 0x09, 0x0A, 0x0C, 0x0D, 0x20].contains(input[index + pattern.count])
                {
                    closing = index
                    break
                }
                index += 1
            }
            let contentEnd = closing ?? input.count
            if keep, name == "script" || withinForeign.last == true {
                for byte in input[position..<contentEnd] {
                    if byte == UInt8(ascii: "<") { append("&lt;") } else { output.append(byte) }
                }
            } else if keep {
                output.append(contentsOf: input[position..<contentEnd])
            }
            guard let closing, let tag = readTag(nameAt: closing + 2, isEnd: true) else {
                position = input.count
                return
            }
            if keep { append("</" + name + ">") }
            position = tag.end
        }

        // MARK: Tokens

        /// A tag as HTML's tokenizer reads it, from the first letter of its
        /// name; nil when the input ends inside it (HTML drops it).
        private func readTag(nameAt start: Int, isEnd: Bool) -> Tag? {
            var index = start
            while index < input.count, !isSpace(input[index]), input[index] != UInt8(ascii: "/"), input[index] != UInt8(ascii: ">") {
                index += 1
            }
            let name = String(decoding: input[start..<index].map(lowercasedASCII), as: UTF8.self)
            var tag = Tag(name: name, isEnd: isEnd, end: 0)
            while index < input.count {
                let byte = input[index]
                if isSpace(byte) {
                    index += 1
                } else if byte == UInt8(ascii: ">") {
                    tag.end = index + 1
                    return tag
                } else if byte == UInt8(ascii: "/") {
                    index += 1
                    if at(index) == UInt8(ascii: ">") { tag.selfClosing = true }
                } else {
                    guard let next = readAttribute(at: index, into: &tag) else { return nil }
                    index = next
                }
            }
            return nil
        }

        /// One attribute, from the first byte of its name; the index after
        /// it, or nil at the end of the input.
        private func readAttribute(at start: Int, into tag: inout Tag) -> Int? {
            // A name may start with `=`; then it ends at a space, `/`, `>` or `=`.
            var index = start + 1
            while index < input.count, !isSpace(input[index]), !"/>=".utf8.contains(input[index]) { index += 1 }
            let name = input[start..<index]
            while index < input.count, isSpace(input[index]) { index += 1 }
            guard index < input.count else { return nil }
            guard input[index] == UInt8(ascii: "=") else {
                tag.attributes.append((name, nil))
                return index
            }
            index += 1
            while index < input.count, isSpace(input[index]) { index += 1 }
            guard index < input.count else { return nil }
            let quote = input[index]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                guard let close = input[(index + 1)...].firstIndex(of: quote) else { return nil }
                tag.attributes.append((name, input[(index + 1)..<close]))
                return close + 1
            }
            if quote == UInt8(ascii: ">") {
                tag.attributes.append((name, input[index..<index]))
                return index
            }
            let valueStart = index
            while index < input.count, !isSpace(input[index]), input[index] != UInt8(ascii: ">") { index += 1 }
            tag.attributes.append((name, input[valueStart..<index]))
            return index
        }

        private mutating func write(_ tag: Tag) {
            append("<" + tag.name)
            for attribute in tag.attributes {
                output.append(0x20)
                output.append(contentsOf: attribute.name)
                guard let value = attribute.value else { continue }
                append("=\"")
                for byte in value {
                    if byte == UInt8(ascii: "\"") { append("&quot;") } else { output.append(byte) }
                }
                append("\"")
            }
            append(tag.selfClosing ? "/>" : ">")
        }

        // MARK: Bytes

        private func at(_ index: Int) -> UInt8? { index < input.count ? input[index] : nil }

        private mutating func append(_ text: String) { output.append(contentsOf: text.utf8) }

        private func starts(with text: String, at index: Int) -> Bool {
            input[index...].starts(with: text.utf8)
        }

        private func startsIgnoringCase(with text: String, at index: Int) -> Bool {
            matchesIgnoringCase(Array(text.utf8), at: index)
        }

        private func matchesIgnoringCase(_ pattern: [UInt8], at index: Int) -> Bool {
            guard index + pattern.count <= input.count else { return false }
            for offset in 0..<pattern.count where lowercasedASCII(input[index + offset]) != pattern[offset] { return false }
            return true
        }

        private func isSpace(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
        }

        private func isASCIILetter(_ byte: UInt8) -> Bool {
            (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
        }

        private func lowercasedASCII(_ byte: UInt8) -> UInt8 {
            (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
        }
    }
}

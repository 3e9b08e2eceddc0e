/// Walks an `HTMLTree` for `HTMLToMarkdown`: blocks (paragraphs, headings,
/// lists, quotes, code) here, their inline content through
/// `MarkdownInlineWriter`. It recurses, but never deeper than the tree,
/// whose depth `HTMLTree` bounds (`HTMLToMarkdown.defaultLimits`).
struct MarkdownBlockWriter {
    struct Block {
        var markdown: String
        var list: ListKind?
    }

    struct ListKind: Equatable {
        var ordered: Bool
        /// `*` and `)` instead of `-` and `.`, so that a list just after
        /// another one is not read as its continuation.
        var alternate: Bool
    }

    let converter: HTMLToMarkdown
    private(set) var images: [HTMLToMarkdown.Image] = []

    init(converter: HTMLToMarkdown) {
        self.converter = converter
    }

    /// Left out with all they contain.
    static let droppedElements: Set<String> = [
        "script", "style", "iframe", "object", "embed", "template", "noscript", "form", "svg", "math", "head", "title",
        "noembed", "noframes", "frameset", "frame", "applet", "audio", "video", "canvas", "select", "textarea", "button",
        "input", "dialog",
    ]

    /// Elements that are blocks: inline content around them is a paragraph.
    static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html",
        "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
        "thead", "tr", "ul", "listing", "xmp", "plaintext",
    ]

    // MARK: Blocks

    mutating func blocks(of nodes: [HTMLTree.Node]) -> [Block] {
        var blocks: [Block] = []
        var run: [HTMLTree.Node] = []
        func flush(_ writer: inout MarkdownBlockWriter) {
            guard !run.isEmpty else { return }
            blocks += writer.paragraphs(of: run).map { Block(markdown: $0) }
            run = []
        }
        for node in nodes {
            guard case .element(let element) = node, Self.blockElements.contains(element.name) else {
                run.append(node)
                continue
            }
            flush(&self)
            blocks += block(element, after: blocks.last)
        }
        flush(&self)
        return blocks
    }

    private mutating func block(_ element: HTMLTree.Element, after previous: Block?) -> [Block] {
        switch element.name {
        case "h1", "h2", "h3", "h4", "h5", "h6":
            let level = min(6, Int(String(element.name.dropFirst()))! + max(1, min(6, converter.minimumHeadingLevel)) - 1)
            var writer = MarkdownInlineWriter(isSingleLine: true)
            inline(element.children, into: &writer, context: InlineContext())
            guard var text = writer.finish().first else { return [] }
            // A run of `#` at the end would be read as the closing sequence.
            if text.hasSuffix("#") {
                let hashes = text.reversed().prefix { $0 == "#" }.count
                text.insert("\\", at: text.index(text.endIndex, offsetBy: -hashes))
            }
            return [Block(markdown: String(repeating: "#", count: level) + " " + text)]
        case "hr":
            return [Block(markdown: "---")]
        case "pre", "listing", "xmp", "plaintext":
            let code = Self.preformatted(element.children)
            return code.isEmpty ? [] : [Block(markdown: MarkdownEscaping.codeBlock(code))]
        case "blockquote":
            let inner = blocks(of: element.children).map(\.markdown).joined(separator: "\n\n")
            guard !inner.isEmpty else { return [] }
            let quoted = inner.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? ">" : "> " + $0 }
            return [Block(markdown: quoted.joined(separator: "\n"))]
        case "ul", "ol":
            let ordered = element.name == "ol"
            let kind = ListKind(ordered: ordered, alternate: previous?.list?.ordered == ordered && previous?.list?.alternate == false)
            let list = self.list(element.children, kind: kind)
            return list.isEmpty ? [] : [Block(markdown: list, list: kind)]
        default:
            return blocks(of: element.children)
        }
    }

    private mutating func list(_ children: [HTMLTree.Node], kind: ListKind) -> String {
        var items: [String] = []
        var loose = false
        // Anything but an <li> directly in a list is read as an item of its own.
        for child in children {
            let content: [Block]
            if case .element(let element) = child, element.name == "li" {
                content = blocks(of: element.children)
            } else {
                content = blocks(of: [child])
            }
            guard !content.isEmpty else { continue }
            var markdown = content[0].markdown
            for block in content.dropFirst() {
                // A nested list stays in a tight list; a second paragraph makes it loose.
                markdown += (block.list != nil ? "\n" : "\n\n") + block.markdown
                if block.list == nil { loose = true }
            }
            if content[0].markdown.contains("\n\n") || content.dropFirst().contains(where: { $0.markdown.contains("\n\n") }) {
                loose = true
            }
            let number = items.count + 1
            let marker = kind.ordered ? "\(number)\(kind.alternate ? ")" : ".")" : (kind.alternate ? "*" : "-")
            let indent = String(repeating: " ", count: marker.count + 1)
            let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
            let item = lines.enumerated().map { index, line in
                if index == 0 { return marker + " " + line }
                return line.isEmpty ? "" : indent + line
            }
            items.append(item.joined(separator: "\n"))
        }
        return items.joined(separator: loose ? "\n\n" : "\n")
    }

    /// The text of a `<pre>` as written, with no space at the end of a
    /// line and no blank line at either end.
    private static func preformatted(_ nodes: [HTMLTree.Node]) -> String {
        var lines = text(of: nodes, lineBreak: "\n").split(separator: "\n", omittingEmptySubsequences: false).map { line in
            String(line.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        return lines.joined(separator: "\n")
    }

    /// The text in `nodes` as written, `<br>` as `lineBreak`, control
    /// characters other than tabs and newlines removed.
    private static func text(of nodes: [HTMLTree.Node], lineBreak: String) -> String {
        var text = ""
        var stack: [(nodes: [HTMLTree.Node], next: Int)] = [(nodes, 0)]
        while let last = stack.indices.last {
            guard stack[last].next < stack[last].nodes.count else {
                stack.removeLast()
                continue
            }
            let node = stack[last].nodes[stack[last].next]
            stack[last].next += 1
            switch node {
            case .text(let value):
                text.unicodeScalars.append(contentsOf: value.unicodeScalars.filter { !MarkdownEscaping.isControl($0) || $0 == "\n" || $0 == "\t" })
            case .element(let element) where element.name == "br":
                text += lineBreak
            case .element(let element) where !droppedElements.contains(element.name):
                stack.append((element.children, 0))
            case .element:
                continue
            }
        }
        return text
    }

    // MARK: Inline

    /// What the inline content being written is inside of, so that
    /// delimiters are not doubled (`****` is not bolder) and links not nested.
    struct InlineContext {
        var strong = false
        var emphasis = false
        var strikethrough = false
        var link = false
    }

    private mutating func paragraphs(of nodes: [HTMLTree.Node]) -> [String] {
        var writer = MarkdownInlineWriter(newlinesAreBreaks: converter.autoParagraphs)
        inline(nodes, into: &writer, context: InlineContext())
        return writer.finish()
    }

    private mutating func inline(_ nodes: [HTMLTree.Node], into writer: inout MarkdownInlineWriter, context: InlineContext) {
        for node in nodes {
            switch node {
            case .text(let text):
                writer.text(text)
            case .element(let element):
                inline(element, into: &writer, context: context)
            }
        }
    }

    private mutating func inline(_ element: HTMLTree.Element, into writer: inout MarkdownInlineWriter, context: InlineContext) {
        var inner = context
        switch element.name {
        case _ where Self.droppedElements.contains(element.name):
            return
        case "br":
            writer.lineBreak()
            return
        case "img":
            image(element, into: &writer)
            return
        case "code":
            code(element, into: &writer)
            return
        case "a":
            let link = HTMLToMarkdown.Link(
                href: HTMLToMarkdown.cleaned(element.attribute("href") ?? ""),
                classes: Self.words(element.attribute("class")),
                relations: Self.words(element.attribute("rel")?.lowercased()))
            guard !context.link, element.attribute("href") != nil, let target = converter.linkTarget(link) else { break }
            inner.link = true
            writer.open("[", close: "](" + MarkdownEscaping.destination(target) + ")")
        case "strong", "b":
            guard !context.strong else { break }
            inner.strong = true
            writer.open("**", close: "**")
        case "em", "i":
            guard !context.emphasis else { break }
            inner.emphasis = true
            writer.open("*", close: "*")
        case "del", "s", "strike":
            guard !context.strikethrough else { break }
            inner.strikethrough = true
            writer.open("~~", close: "~~")
        case _ where Self.blockElements.contains(element.name):
            // A block inside a link or emphasis: its text, apart from the rest.
            writer.space()
            inline(element.children, into: &writer, context: context)
            writer.space()
            return
        default:
            inline(element.children, into: &writer, context: context)
            return
        }
        let opened =
            inner.link != context.link || inner.strong != context.strong || inner.emphasis != context.emphasis
            || inner.strikethrough != context.strikethrough
        inline(element.children, into: &writer, context: inner)
        if opened { writer.close() }
    }

    private mutating func image(_ element: HTMLTree.Element, into writer: inout MarkdownInlineWriter) {
        let alt = Self.collapsed(element.attribute("alt") ?? "")
        let source = HTMLToMarkdown.cleaned(element.attribute("src") ?? "")
        guard !source.isEmpty, let address = converter.imageTarget(source) else {
            writer.text(alt)
            return
        }
        images.append(HTMLToMarkdown.Image(source: source, address: address, alt: alt))
        let altMarkdown = alt.split(separator: " ").map { MarkdownEscaping.text(String($0)) }.joined(separator: " ")
        writer.atom("![" + altMarkdown + "](" + MarkdownEscaping.destination(address) + ")")
    }

    /// A code span of the element's text, whitespace collapsed as a browser
    /// shows it; a space at either end goes outside the span.
    private mutating func code(_ element: HTMLTree.Element, into writer: inout MarkdownInlineWriter) {
        let raw = Self.text(of: element.children, lineBreak: " ")
        let text = Self.collapsed(raw)
        guard !text.isEmpty else {
            if !raw.isEmpty { writer.space() }
            return
        }
        if let first = raw.unicodeScalars.first, HTMLTree.isHTMLSpace(first) { writer.space() }
        writer.atom(MarkdownEscaping.codeSpan(text))
        if let last = raw.unicodeScalars.last, HTMLTree.isHTMLSpace(last) { writer.space() }
    }

    private static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0.unicodeScalars.allSatisfy(HTMLTree.isHTMLSpace) }).joined(separator: " ")
    }

    private static func words(_ text: String?) -> [String] {
        (text ?? "").split(whereSeparator: { $0.unicodeScalars.allSatisfy(HTMLTree.isHTMLSpace) }).map(String.init)
    }
}

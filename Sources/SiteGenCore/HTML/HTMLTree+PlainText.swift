extension HTMLTree {
    /// Elements whose content is code or a fallback, never read as text.
    package static let hiddenElements: Set<String> = ["script", "style", "template", "iframe", "noembed", "noframes"]

    /// Elements that do not separate words: a browser shows `<b>pa</b>in`
    /// as one word, `pa<br>in` and `<p>pa</p>in` as two.
    package static let inlineElements: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark", "q", "s", "samp",
        "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
    ]

    /// The text of the tree on one line, as a browser's "copy" gives it
    /// without line breaks: the content of scripts and styles left out,
    /// every other element's text kept, elements other than inline ones
    /// separated by a space, runs of HTML whitespace made one space, the
    /// ends trimmed.
    package var plainText: String {
        var text = ""
        var pendingSpace = false
        // The children still to read at each level; a stack, not recursion.
        var stack: [(nodes: [Node], next: Int, separates: Bool)] = [(nodes, 0, false)]
        while let last = stack.indices.last {
            guard stack[last].next < stack[last].nodes.count else {
                if stack.removeLast().separates { pendingSpace = true }
                continue
            }
            let node = stack[last].nodes[stack[last].next]
            stack[last].next += 1
            switch node {
            case .text(let value):
                for scalar in value.unicodeScalars {
                    if Self.isHTMLSpace(scalar) {
                        pendingSpace = true
                        continue
                    }
                    if pendingSpace, !text.isEmpty { text.unicodeScalars.append(" ") }
                    pendingSpace = false
                    text.unicodeScalars.append(scalar)
                }
            case .element(let element):
                guard !Self.hiddenElements.contains(element.name) else { continue }
                let separates = !Self.inlineElements.contains(element.name)
                if separates { pendingSpace = true }
                stack.append((element.children, 0, separates))
            }
        }
        return text
    }

    /// Space, tab, line feed, form feed, carriage return: what HTML collapses.
    package static func isHTMLSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\t", "\n", "\u{0C}", "\r": return true
        default: return false
        }
    }
}

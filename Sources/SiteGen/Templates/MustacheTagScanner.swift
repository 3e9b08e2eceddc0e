/// Finds the tags of a Mustache template with their line and column, for the
/// template linter. It follows `{{=<% %>=}}` delimiter changes as the
/// renderer does.
struct MustacheTagScanner {
    struct Failure: Error {
        var message: String
        var line: Int
        var column: Int
    }

    func tags(in text: String) throws(Failure) -> [MustacheTag] {
        let scalars = Array(text.unicodeScalars)
        var open = Array("{{".unicodeScalars)
        var close = Array("}}".unicodeScalars)
        var tags: [MustacheTag] = []
        var index = 0
        var line = 1
        var lineStart = 0

        func matches(_ pattern: [Unicode.Scalar], at position: Int) -> Bool {
            guard position + pattern.count <= scalars.count else { return false }
            for offset in 0..<pattern.count where scalars[position + offset] != pattern[offset] { return false }
            return true
        }
        func advanceCountingLines(to end: Int) {
            while index < end {
                if scalars[index] == "\n" {
                    line += 1
                    lineStart = index + 1
                }
                index += 1
            }
        }

        while index < scalars.count {
            guard matches(open, at: index) else {
                advanceCountingLines(to: index + 1)
                continue
            }
            let tagLine = line
            let tagColumn = index - lineStart + 1
            var contentStart = index + open.count
            var closing = close
            var kind = MustacheTag.Kind.variable
            if contentStart < scalars.count {
                switch scalars[contentStart] {
                case "{" where open == Array("{{".unicodeScalars):
                    kind = .unescapedVariable
                    closing = Array("}".unicodeScalars) + close
                    contentStart += 1
                case "&":
                    kind = .unescapedVariable
                    contentStart += 1
                case "#":
                    kind = .section
                    contentStart += 1
                case "^":
                    kind = .invertedSection
                    contentStart += 1
                case "/":
                    kind = .close
                    contentStart += 1
                case ">":
                    kind = .partial
                    contentStart += 1
                case "<":
                    kind = .parent
                    contentStart += 1
                case "$":
                    kind = .block
                    contentStart += 1
                case "!", "%":
                    kind = .ignored
                    contentStart += 1
                case "=":
                    kind = .ignored
                    closing = Array("=".unicodeScalars) + close
                    contentStart += 1
                default: break
                }
            }
            var end = contentStart
            while end < scalars.count, !matches(closing, at: end) { end += 1 }
            guard end < scalars.count else {
                throw Failure(message: "this tag is never closed with \(String(String.UnicodeScalarView(closing)))", line: tagLine, column: tagColumn)
            }
            let content = String(String.UnicodeScalarView(scalars[contentStart..<end])).trimmingCharacters(in: .whitespacesAndNewlines)
            if scalars[index + open.count] == "=" {
                let delimiters = content.split(whereSeparator: \.isWhitespace)
                guard delimiters.count == 2 else {
                    throw Failure(message: "a delimiter change must look like {{=<% %>=}}", line: tagLine, column: tagColumn)
                }
                open = Array(delimiters[0].unicodeScalars)
                close = Array(delimiters[1].unicodeScalars)
            }
            if kind != .ignored, content.isEmpty {
                throw Failure(message: "this tag has no name", line: tagLine, column: tagColumn)
            }
            tags.append(MustacheTag(kind: kind, name: content, line: tagLine, column: tagColumn))
            advanceCountingLines(to: end + closing.count)
        }
        return tags
    }
}

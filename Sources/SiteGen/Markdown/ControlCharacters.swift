/// C0 control characters other than tab, line feed and carriage return:
/// invisible in an editor (pasted from a word processor or a terminal), not
/// allowed anywhere in XML 1.0, so one of them makes feed.xml unreadable to
/// every feed reader, and a parse error in HTML. They are removed from page
/// text when it is read, with a warning at each line that had some: the text
/// loses nothing a reader could see, and the build goes on.
enum ControlCharacters {
    struct Removal: Equatable {
        /// 1-based line, and column in Unicode scalars, of the first one on the line.
        var line: Int
        var column: Int
        var scalars: [Unicode.Scalar]
    }

    /// The noncharacters U+FFFE and U+FFFF are not allowed in XML either.
    static func isRemoved(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r") || scalar.value == 0xFFFE || scalar.value == 0xFFFF
    }

    static func strip(_ text: String) -> (text: String, removals: [Removal]) {
        // 0xEF leads the UTF-8 of U+F000 to U+FFFF, rare in page text.
        guard text.utf8.contains(where: { ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D) || $0 == 0xEF }),
            text.unicodeScalars.contains(where: isRemoved)
        else { return (text, []) }
        var kept = String.UnicodeScalarView()
        var removals: [Removal] = []
        var line = 1
        var column = 1
        for scalar in text.unicodeScalars {
            if isRemoved(scalar) {
                if removals.last?.line == line {
                    removals[removals.count - 1].scalars.append(scalar)
                } else {
                    removals.append(Removal(line: line, column: column, scalars: [scalar]))
                }
                column += 1
                continue
            }
            kept.append(scalar)
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (String(kept), removals)
    }

    static func message(for removal: Removal) -> String {
        let names = removal.scalars.map { "U+" + String($0.value, radix: 16, uppercase: true).leftPadded(to: 4) }
        let unique = names.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let count = removal.scalars.count == 1 ? "an invisible control character" : "\(removal.scalars.count) invisible control characters"
        return "removed \(count) (\(unique.joined(separator: ", "))) from the text: they make feed.xml unreadable and are not allowed in HTML"
    }
}

extension String {
    fileprivate func leftPadded(to length: Int) -> String {
        String(repeating: "0", count: max(0, length - count)) + self
    }
}

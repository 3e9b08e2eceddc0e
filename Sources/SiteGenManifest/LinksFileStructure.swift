import Yams

/// Where the lists and entries of `links.yml` sit in its text, so that an
/// edit adds or removes whole lines of one entry and leaves every other byte
/// (comments, blank lines, quoting, order) as the owner wrote it.
package struct LinksFileStructure {
    package struct Item {
        /// First line of the entry (the one with `-`), 0-based.
        var startLine: Int
        /// The first line of the comments written right above the entry,
        /// which are the entry's (`startLine` when there are none).
        var commentStart: Int
        /// The line after its last line; comments at its end that are
        /// right above the next entry are the next entry's.
        var endLine: Int
        var dashColumn: Int
        var fieldColumn: Int
        package var url: String?
    }

    package struct Section {
        var key: String
        var keyLine: Int
        var keyColumn: Int
        package var items: [Item]
        /// Where a new entry's lines go.
        var insertLine: Int
    }

    package struct NotEditable: Error {
        var message: String
        var line: Int
        var column: Int
    }

    var lines: [String]
    /// Each line's own end (`\n` or `\r\n`; `""` for a last line without
    /// one), so that a file with mixed line ends keeps them all.
    var lineEnds: [String]
    /// The end for new lines when no neighbour tells: CRLF if the file has one.
    var lineEnding: String
    var endsWithNewline: Bool
    package var sections: [String: Section]
    /// Lists written in a form sitegen cannot edit (`profiles: []`), with why:
    /// an error only for an edit of that list, not of the other one.
    var uneditable: [String: NotEditable] = [:]
    /// Where each entry's last value ends, by list (`LinksFileItemEnds`).
    private var itemLastLines: [String: [LinksFileItemEnds.End]] = [:]

    package init(text: String) throws(NotEditable) {
        lineEnding = text.contains("\r\n") ? "\r\n" : "\n"
        // Bytes, not Characters: "\r\n" is one Character in Swift.
        endsWithNewline = text.isEmpty || text.utf8.last == UInt8(ascii: "\n")
        (lines, lineEnds) = Self.split(text)
        sections = [:]

        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw NotEditable(message: "links.yml is not valid YAML; fix it first (sitegen build shows where)", line: 1, column: 1)
        }
        guard let root else { return }
        let firstContent = lines.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty && !$0.trimmingCharacters(in: .whitespaces).hasPrefix("#") }
        guard case .mapping(let mapping) = root, firstContent?.trimmingCharacters(in: .whitespaces).hasPrefix("{") != true else {
            throw NotEditable(message: "links.yml must be `profiles:` and `press:` lists written one entry per line", line: 1, column: 1)
        }
        itemLastLines = LinksFileItemEnds.lastLines(of: text)
        for pair in mapping {
            guard let key = pair.key.string, key == "profiles" || key == "press", let keyMark = pair.key.mark else { continue }
            do {
                sections[key] = try section(key, keyMark: keyMark, value: pair.value)
            } catch {
                uneditable[key] = error
            }
        }
    }

    /// Refuses an edit of a list that is not written one entry per line.
    func checkEditable(_ key: String) throws(NotEditable) {
        if let problem = uneditable[key] { throw problem }
    }

    /// The lines of the text without their ends, and their ends.
    static func split(_ text: String) -> (lines: [String], ends: [String]) {
        var lines: [String] = []
        var ends: [String] = []
        // Bytes, not Characters: "\r\n" is one Character, which a split on "\n" would not cut.
        var pieces = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let last = pieces.removeLast()
        for piece in pieces {
            if piece.last == UInt8(ascii: "\r") {
                lines.append(String(decoding: piece.dropLast(), as: UTF8.self))
                ends.append("\r\n")
            } else {
                lines.append(String(decoding: piece, as: UTF8.self))
                ends.append("\n")
            }
        }
        if !last.isEmpty {
            lines.append(String(decoding: last, as: UTF8.self))
            ends.append("")
        }
        return (lines, ends)
    }

    private func section(_ key: String, keyMark: Mark, value: Node) throws(NotEditable) -> Section {
        let keyLine = keyMark.line - 1
        let keyColumn = keyMark.column - 1
        // Yams does not keep the flow style of a node, so the text after the
        // key tells: anything but a comment means `press: []` or `press: ~`.
        if Self.hasInlineValue(lines[keyLine], afterColumn: keyColumn + key.count) {
            throw NotEditable(
                message:
                    "`\(key):` is written on one line (such as `\(key): []`); write it as `\(key):` followed by `  - url: ...` lines to edit it with sitegen",
                line: keyLine + 1, column: keyColumn + 1)
        }
        switch value {
        case .scalar(let scalar) where scalar.string.isEmpty && scalar.style == .plain:
            // `press:` with nothing after it: an empty list to fill.
            return Section(
                key: key, keyLine: keyLine, keyColumn: keyColumn, items: [],
                insertLine: endOfBlock(after: keyLine, deeperThan: keyColumn))
        case .sequence(let sequence):
            var items: [Item] = []
            for element in sequence {
                guard case .mapping(let entry) = element, let mark = entry.mark else {
                    let mark = element.mark
                    throw NotEditable(
                        message: "an entry of `\(key):` is not written as `- url: ...` lines; rewrite it that way to edit the file with sitegen",
                        line: mark?.line ?? keyLine + 1, column: mark?.column ?? 1)
                }
                let line = mark.line - 1
                let text = Array(lines[line].unicodeScalars)
                guard let dash = text[..<min(mark.column - 1, text.count)].lastIndex(of: "-") else {
                    throw NotEditable(
                        message: "an entry of `\(key):` does not start its line with `- `; put `- ` before its first key",
                        line: mark.line, column: mark.column)
                }
                items.append(
                    Item(
                        startLine: line, commentStart: line, endLine: line + 1, dashColumn: dash, fieldColumn: mark.column - 1,
                        url: entry["url"]?.string))
            }
            let lastLines = itemLastLines[key] ?? []
            // The line after the last value of the entry above: the comments of an entry start no higher.
            var afterAbove = keyLine + 1
            for index in items.indices {
                let limit = index + 1 < items.count ? items[index + 1].startLine : lines.count
                // Every line up to the entry's last value is the entry's,
                // whatever its indentation (a quoted value over several lines).
                let end = lastLines.count == items.count ? lastLines[index] : nil
                var lastValueLine = end.map { min(max($0.line, items[index].startLine), limit - 1) } ?? items[index].startLine
                // A block scalar (`|`) ends after its trailing blank lines, which belong to what follows (unless `|+` keeps them).
                while end?.keepsBlankLines != true, lastValueLine > items[index].startLine, lines[lastValueLine].allSatisfy({ $0 == " " }) {
                    lastValueLine -= 1
                }
                items[index].endLine = endOfBlock(after: lastValueLine, deeperThan: items[index].dashColumn, before: limit)
                items[index].commentStart = commentBlockStart(above: items[index].startLine, notAbove: afterAbove)
                if index > 0 { items[index - 1].endLine = min(items[index - 1].endLine, items[index].commentStart) }
                afterAbove = lastValueLine + 1
            }
            return Section(key: key, keyLine: keyLine, keyColumn: keyColumn, items: items, insertLine: items.last?.endLine ?? keyLine + 1)
        default:
            throw NotEditable(
                message:
                    "`\(key):` is written on one line (such as `\(key): []`); write it as `\(key):` followed by `  - url: ...` lines to edit it with sitegen",
                line: keyLine + 1, column: keyColumn + 1)
        }
    }

    /// The line after the last line of a block that starts at `line` and
    /// holds the lines indented deeper than `column`; comments and blank lines
    /// at its end that are not deeper belong to what follows.
    private func endOfBlock(after line: Int, deeperThan column: Int, before limit: Int? = nil) -> Int {
        let limit = limit ?? lines.count
        var end = line + 1
        var lastContent = line + 1
        while end < limit {
            let text = lines[end]
            let indentation = text.prefix { $0 == " " }.count
            let trimmed = text.dropFirst(indentation)
            if trimmed.isEmpty || trimmed.hasPrefix("#") {
                if !trimmed.isEmpty, indentation > column { lastContent = end + 1 }
                end += 1
                continue
            }
            if indentation <= column { break }
            lastContent = end + 1
            end += 1
        }
        return lastContent
    }

    /// The first line of the run of comment lines that ends right above
    /// `line`, at any indentation: no blank line between a comment and an
    /// entry means the comment is about that entry (the owner's note above
    /// a profile), even when it is the first entry, right under `profiles:`.
    /// A comment about the whole list is followed by a blank line, and stays.
    private func commentBlockStart(above line: Int, notAbove floor: Int) -> Int {
        var start = line
        while start - 1 >= floor, Self.isComment(lines[start - 1]) { start -= 1 }
        return start
    }

    static func isComment(_ line: String) -> Bool {
        line.drop { $0 == " " || $0 == "\t" }.hasPrefix("#")
    }

    static func isBlank(_ line: String) -> Bool {
        line.allSatisfy { $0 == " " || $0 == "\t" }
    }

    static func indentation(of line: String) -> Int { line.prefix { $0 == " " }.count }

    /// Whether `key:` on this line is followed by a value rather than nothing or a comment.
    static func hasInlineValue(_ line: String, afterColumn column: Int) -> Bool {
        let scalars = Array(line.unicodeScalars)
        guard column < scalars.count else { return false }
        var rest = String(String.UnicodeScalarView(scalars[column...])).trimmingCharacters(in: .whitespaces)
        if rest.hasPrefix(":") { rest = String(rest.dropFirst()).trimmingCharacters(in: .whitespaces) }
        return !rest.isEmpty && !rest.hasPrefix("#")
    }
}

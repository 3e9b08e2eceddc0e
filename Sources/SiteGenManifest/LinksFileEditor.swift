/// Adds or removes one entry of `links.yml`, or sets one key of an entry, as
/// text: the other lines stay byte for byte as they were, and new lines
/// follow the file's own indentation and line ends.
package struct LinksFileEditor {
    package struct Edit {
        package var text: String
        /// The 1-based lines of the new or removed entry in the file.
        var lines: ClosedRange<Int>
        /// The new entry's lines, as written.
        var entryText: String
    }

    var structure: LinksFileStructure

    package init(structure: LinksFileStructure) {
        self.structure = structure
    }

    package func adding(_ entry: ManifestEntry) -> Edit {
        var lines = structure.lines
        var ends = structure.lineEnds
        let section = structure.sections[entry.section]
        let (dash, field) = columns(for: entry.section)
        var entryLines: [String] = []
        for (index, pair) in entry.fields.enumerated() {
            let prefix =
                index == 0
                ? String(repeating: " ", count: dash) + "-" + String(repeating: " ", count: max(1, field - dash - 1))
                : String(repeating: " ", count: field)
            entryLines.append(prefix + pair.key + ": " + pair.value)
        }
        var insertAt: Int
        if let section {
            insertAt = section.insertLine
            let end = neighbourEnd(ends, at: insertAt)
            if insertAt > 0, ends[insertAt - 1].isEmpty { ends[insertAt - 1] = end }
            let added = (Self.entriesAreApart(section, in: lines) ? [""] : []) + entryLines
            lines.insert(contentsOf: added, at: insertAt)
            ends.insert(contentsOf: Array(repeating: end, count: added.count), at: insertAt)
            insertAt += added.count - entryLines.count
        } else {
            // No such list yet: it goes at the end of the file.
            let end = neighbourEnd(ends, at: ends.count)
            if !ends.isEmpty, ends[ends.count - 1].isEmpty { ends[ends.count - 1] = end }
            let key = String(repeating: " ", count: structure.sections.values.first?.keyColumn ?? 0) + entry.section + ":"
            var added = [key]
            if let last = lines.last, !last.trimmingCharacters(in: .whitespaces).isEmpty { added.insert("", at: 0) }
            lines += added
            insertAt = lines.count
            lines += entryLines
            ends += Array(repeating: end, count: added.count + entryLines.count)
        }
        return Edit(
            text: joined(lines, ends), lines: (insertAt + 1)...(insertAt + entryLines.count),
            entryText: entryLines.joined(separator: "\n"))
    }

    /// Whether every entry of the list is parted from the next by a blank
    /// line: then the new entry is too, as the owner would have written it.
    private static func entriesAreApart(_ section: LinksFileStructure.Section, in lines: [String]) -> Bool {
        guard section.items.count > 1 else { return false }
        return zip(section.items, section.items.dropFirst()).allSatisfy { above, below in
            lines[above.endLine..<below.commentStart].contains(where: LinksFileStructure.isBlank)
        }
    }

    /// The line end of the line before `index` (else after it, else the
    /// file's usual one): new lines look like their neighbours, as git's
    /// merge does in a file of mixed line ends.
    private func neighbourEnd(_ ends: [String], at index: Int) -> String {
        if index > 0, !ends[index - 1].isEmpty { return ends[index - 1] }
        if index < ends.count, !ends[index].isEmpty { return ends[index] }
        return structure.lineEnding
    }

    /// Removes the entry's lines with the comments written right above it
    /// (`LinksFileStructure.Item.commentStart`), and the blank lines that
    /// would otherwise be left twice where it was.
    package func removing(_ item: LinksFileStructure.Item, in sectionKey: String) -> Edit {
        var lines = structure.lines
        var ends = structure.lineEnds
        let start = item.commentStart
        let removed = lines[start..<item.endLine].joined(separator: "\n")
        let (from, to) = blankLinesToDrop(around: item, in: sectionKey)
        let lastHadNoEnd = to == ends.count && ends.last == ""
        lines.removeSubrange(from..<to)
        ends.removeSubrange(from..<to)
        // The file ended without a line end inside the removed entry: it still does.
        if lastHadNoEnd, !ends.isEmpty { ends[ends.count - 1] = "" }
        return Edit(text: joined(lines, ends), lines: (start + 1)...item.endLine, entryText: removed)
    }

    /// The lines to take out for `item`: its own, widened by the blank lines
    /// on one side of it, so that the entries around stay as far apart as
    /// the owner put them. Blank lines above the last entry part it from
    /// the one before, and go with it; blank lines under the first entry
    /// part it from the next one, and go with it; around an entry in the
    /// middle, the wider gap stays.
    private func blankLinesToDrop(around item: LinksFileStructure.Item, in sectionKey: String) -> (from: Int, to: Int) {
        let lines = structure.lines
        let items = structure.sections[sectionKey]?.items ?? []
        // A blank line inside the entry above (the end of a `|+` value) is not space between entries.
        let floor = items.last { $0.startLine < item.startLine }?.endLine ?? 0
        var above = 0
        while item.commentStart - above - 1 >= floor, LinksFileStructure.isBlank(lines[item.commentStart - above - 1]) { above += 1 }
        var below = 0
        while item.endLine + below < lines.count, LinksFileStructure.isBlank(lines[item.endLine + below]) { below += 1 }
        let isFirst = items.first?.startLine == item.startLine
        let isLast = items.last?.startLine == item.startLine
        if isLast, !isFirst { return (item.commentStart - above, item.endLine) }
        if isFirst, !isLast { return (item.commentStart, item.endLine + below) }
        return below <= above ? (item.commentStart, item.endLine + below) : (item.commentStart - above, item.endLine)
    }

    /// Sets `key` of the entry `item`: its line is replaced when the entry
    /// has the key on one line, else a line is added after the entry's last
    /// one, at the column of its keys; every other line stays as it was.
    package func setting(_ key: String, to value: String, in item: LinksFileStructure.Item) throws(LinksFileStructure.NotEditable) -> Edit {
        var lines = structure.lines
        var ends = structure.lineEnds
        let first = Array(lines[item.startLine].unicodeScalars)
        if item.fieldColumn < first.count, first[item.fieldColumn] == "{" {
            throw LinksFileStructure.NotEditable(
                message: "this entry is written on one line (`- {url: ...}`); write it as `- url: ...` lines to edit it with sitegen",
                line: item.startLine + 1, column: item.fieldColumn + 1)
        }
        let newLine = String(repeating: " ", count: item.fieldColumn) + key + ": " + value
        for index in item.startLine..<item.endLine where Self.keyColumn(of: lines[index], isFirst: index == item.startLine) == item.fieldColumn {
            let text = Array(lines[index].unicodeScalars)
            guard String(String.UnicodeScalarView(text[item.fieldColumn...])).hasPrefix(key + ":") else { continue }
            // A value that runs over the next lines would leave its rest behind.
            if index + 1 < item.endLine, Self.keyColumn(of: lines[index + 1], isFirst: false).map({ $0 > item.fieldColumn }) ?? false {
                throw LinksFileStructure.NotEditable(
                    message: "this entry's `\(key):` is written over several lines; write it on one line to edit it with sitegen",
                    line: index + 1, column: item.fieldColumn + 1)
            }
            lines[index] = String(String.UnicodeScalarView(text[..<item.fieldColumn])) + key + ": " + value
            return Edit(text: joined(lines, ends), lines: (index + 1)...(index + 1), entryText: lines[index])
        }
        let insertAt = item.endLine
        var end = neighbourEnd(ends, at: insertAt)
        if insertAt > 0, ends[insertAt - 1].isEmpty {
            // The entry ended the file without a line end: the new last line does.
            ends[insertAt - 1] = end
            end = ""
        }
        lines.insert(newLine, at: insertAt)
        ends.insert(end, at: insertAt)
        return Edit(text: joined(lines, ends), lines: (insertAt + 1)...(insertAt + 1), entryText: newLine)
    }

    /// Where a line's text starts (after `- ` on an entry's first line);
    /// nil for a blank line or a comment.
    private static func keyColumn(of line: String, isFirst: Bool) -> Int? {
        let scalars = Array(line.unicodeScalars)
        var column = scalars.prefix { $0 == " " }.count
        if isFirst, column < scalars.count, scalars[column] == "-" {
            column += 1
            column += scalars[column...].prefix { $0 == " " }.count
        }
        guard column < scalars.count, scalars[column] != "#" else { return nil }
        return column
    }

    /// The columns of `-` and of the keys, from the list itself, else from the other list, else two and four.
    private func columns(for key: String) -> (dash: Int, field: Int) {
        if let item = structure.sections[key]?.items.first { return (item.dashColumn, item.fieldColumn) }
        let own = structure.sections[key]
        for (otherKey, other) in structure.sections where otherKey != key {
            if let item = other.items.first {
                let dash = (own?.keyColumn ?? other.keyColumn) + (item.dashColumn - other.keyColumn)
                return (dash, dash + (item.fieldColumn - item.dashColumn))
            }
        }
        let keyColumn = own?.keyColumn ?? 0
        return (keyColumn + 2, keyColumn + 4)
    }

    private func joined(_ lines: [String], _ ends: [String]) -> String {
        zip(lines, ends).map { $0 + $1 }.joined()
    }
}

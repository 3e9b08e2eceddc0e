/// Adds or removes one entry of `links.yml` as text: the other lines stay
/// byte for byte as they were, and the new entry follows the file's own
/// indentation and line ends.
struct LinksFileEditor {
    struct Edit {
        var text: String
        /// The 1-based lines of the new or removed entry in the file.
        var lines: ClosedRange<Int>
        /// The new entry's lines, as written.
        var entryText: String
    }

    var structure: LinksFileStructure

    func adding(_ entry: ManifestEntry) -> Edit {
        var lines = structure.lines
        let section = structure.sections[entry.section]
        let (dash, field) = columns(for: entry.section)
        var entryLines: [String] = []
        for (index, pair) in entry.fields.enumerated() {
            let prefix = index == 0
                ? String(repeating: " ", count: dash) + "-" + String(repeating: " ", count: max(1, field - dash - 1))
                : String(repeating: " ", count: field)
            entryLines.append(prefix + pair.key + ": " + pair.value)
        }
        let insertAt: Int
        if let section {
            insertAt = section.insertLine
            lines.insert(contentsOf: entryLines, at: insertAt)
        } else {
            // No such list yet: it goes at the end of the file.
            let key = String(repeating: " ", count: structure.sections.values.first?.keyColumn ?? 0) + entry.section + ":"
            if let last = lines.last, !last.trimmingCharacters(in: .whitespaces).isEmpty { lines.append("") }
            lines.append(key)
            insertAt = lines.count
            lines.append(contentsOf: entryLines)
        }
        return Edit(text: joined(lines, endsWithNewline: true), lines: (insertAt + 1)...(insertAt + entryLines.count),
                    entryText: entryLines.joined(separator: "\n"))
    }

    func removing(_ item: LinksFileStructure.Item, in sectionKey: String) -> Edit {
        var lines = structure.lines
        var start = item.startLine
        // Comment lines right above an entry that follows another one describe it, and go with it.
        if let section = structure.sections[sectionKey], let position = section.items.firstIndex(where: { $0.startLine == item.startLine }), position > 0 {
            while start - 1 >= section.items[position - 1].endLine, Self.isComment(lines[start - 1], atColumn: item.dashColumn) {
                start -= 1
            }
        }
        let removed = lines[start..<item.endLine].joined(separator: "\n")
        lines.removeSubrange(start..<item.endLine)
        return Edit(text: joined(lines, endsWithNewline: structure.endsWithNewline), lines: (start + 1)...item.endLine, entryText: removed)
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

    private static func isComment(_ line: String, atColumn column: Int) -> Bool {
        LinksFileStructure.indentation(of: line) == column && line.dropFirst(column).hasPrefix("#")
    }

    private func joined(_ lines: [String], endsWithNewline: Bool) -> String {
        let body = lines.joined(separator: structure.lineEnding)
        return lines.isEmpty ? "" : body + (endsWithNewline ? structure.lineEnding : "")
    }
}

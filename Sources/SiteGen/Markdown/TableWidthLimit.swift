/// Refuses GFM tables wider than `maximumCells` before libcmark-gfm sees them.
///
/// libcmark-gfm 0.29.0.gfm.6 splits a table row into cells in time quadratic
/// in their number (each cell is appended at the end of a linked list walked
/// from its head), and it splits every line that could be part of a table:
/// the line above a delimiter row, the delimiter row and each row after it.
/// 4,000 columns x 500 rows took 21 s; two columns with rows of 20,000 cells
/// took 32 s for ten rows. Later releases bound the autocompleted cells
/// (0x80000) and the columns (65,535), which bounds memory but not this time.
/// No page a visitor can read has a table of hundreds of columns, so those
/// lines are refused, in one pass over the text, before parsing.
enum TableWidthLimit {
    static let maximumCells = 256

    struct Violation: Equatable {
        var line: Int
        /// 1-based, in bytes, where the row begins.
        var byteColumn: Int
        var cells: Int
    }

    static func check(_ markdown: String) -> Violation? {
        let lines = markdown.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        var checkedUpTo = -1
        for index in lines.indices where isDelimiterRow(lines[index]) {
            var line = index > 0 && !isBlank(lines[index - 1]) ? index - 1 : index
            line = max(line, checkedUpTo + 1)
            while line < lines.count, line <= index || !isBlank(lines[line]) {
                let (cells, column) = cellCount(lines[line])
                if cells > maximumCells { return Violation(line: line + 1, byteColumn: column, cells: cells) }
                checkedUpTo = line
                line += 1
            }
        }
        return nil
    }

    /// The row without the marks of the blocks around it (`> `, indentation).
    private static func content(_ line: Substring.UTF8View) -> (Substring.UTF8View, column: Int) {
        var start = line.startIndex
        var column = 1
        while start < line.endIndex, [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: ">")].contains(line[start]) {
            start = line.index(after: start)
            column += 1
        }
        return (line[start...], column)
    }

    private static func isBlank(_ line: Substring.UTF8View) -> Bool {
        line.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }
    }

    /// `| :--- | ---: |`: only pipes, hyphens, colons and spaces, with a pipe and a hyphen.
    private static func isDelimiterRow(_ line: Substring.UTF8View) -> Bool {
        let (row, _) = content(line)
        var pipe = false
        var hyphen = false
        for byte in row {
            switch byte {
            case UInt8(ascii: "|"): pipe = true
            case UInt8(ascii: "-"): hyphen = true
            case UInt8(ascii: ":"), UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): break
            default: return false
            }
        }
        return pipe && hyphen
    }

    /// Cells as libcmark-gfm splits them: at every pipe not escaped with `\`,
    /// leading and trailing pipes not counted.
    private static func cellCount(_ line: Substring.UTF8View) -> (Int, column: Int) {
        let (row, column) = content(line)
        var pipes = 0
        var escaped = false
        var first: UInt8?
        var last: UInt8?
        for byte in row {
            if byte == UInt8(ascii: "|"), !escaped { pipes += 1 }
            escaped = byte == UInt8(ascii: "\\") && !escaped
            if byte != UInt8(ascii: " "), byte != UInt8(ascii: "\t"), byte != UInt8(ascii: "\r") {
                if first == nil { first = byte }
                last = byte
            }
        }
        var cells = pipes + 1
        if first == UInt8(ascii: "|") { cells -= 1 }
        if last == UInt8(ascii: "|"), pipes > 1 || first != UInt8(ascii: "|") { cells -= 1 }
        return (max(cells, 0), column)
    }
}

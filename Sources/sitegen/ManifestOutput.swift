import SiteGen
import SiteGenManifest

/// What the links.yml commands print.
enum ManifestOutput {
    static func printResult(_ result: LinksManifestEditor.Result, verb: String) {
        let lines = result.lines.count == 1 ? "line \(result.lines.lowerBound)" : "lines \(result.lines.lowerBound)-\(result.lines.upperBound)"
        switch (verb, result.written) {
        case ("add", true): Console.out("Added to \(result.file), \(lines):")
        case ("add", false): Console.out("Would add to \(result.file), \(lines) (dry run: nothing was changed):")
        case (_, true): Console.out("Removed from \(result.file), \(lines) of the old file:")
        default: Console.out("Would remove from \(result.file), \(lines) (dry run: nothing was changed):")
        }
        Console.out(result.entryText)
    }

    /// A plain-text table with columns padded to their widest cell.
    static func table(_ header: [String], _ rows: [[String]]) -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - cell.count)
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}

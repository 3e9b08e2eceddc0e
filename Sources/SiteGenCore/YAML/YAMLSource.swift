import Yams

/// YAML text from one of the user's files, with what is needed to point back into it.
package struct YAMLSource {
    /// The file's display path.
    package var file: String
    var text: String
    /// Lines of the file before the YAML starts (1 for front matter after its opening `---`).
    var lineOffset: Int = 0

    package init(file: String, text: String, lineOffset: Int = 0) {
        self.file = file
        self.text = text
        self.lineOffset = lineOffset
    }

    package func location(of mark: Mark?) -> SourceLocation {
        guard let mark else { return SourceLocation(file: file, line: lineOffset + 1, column: 1) }
        return SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column)
    }

    /// Parses the text into one node tree; `nil` for an empty document.
    /// Syntax errors (and duplicate keys) become diagnostics at their position,
    /// and so do alias bombs and control characters (`YAMLEventScan`).
    package func parse() throws(DiagnosticsError) -> Node? {
        let problems = YAMLEventScan(source: self).problems()
        if !problems.isEmpty { throw DiagnosticsError(problems) }
        do {
            return try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw DiagnosticsError(.error(at: location(for: error), message(for: error)))
        } catch {
            throw DiagnosticsError(.error(at: SourceLocation(file: file), "cannot read YAML: \(error)"))
        }
    }

    private func location(for error: YamlError) -> SourceLocation {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return location(of: mark)
        case .duplicatedKeysInMapping(_, let context):
            return location(of: context.mark)
        case .reader(_, let offset, _, _):
            guard let offset else { return SourceLocation(file: file) }
            let prefix = text.utf8.prefix(offset)
            let line = prefix.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
            return SourceLocation(file: file, line: line + lineOffset, column: 1)
        default:
            return SourceLocation(file: file)
        }
    }

    private func message(for error: YamlError) -> String {
        switch error {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _),
            .composer(let context, let problem, _, _):
            let while_ = context.map { " (\($0.text))" } ?? ""
            return "YAML syntax: \(problem)\(while_)"
        case .duplicatedKeysInMapping(let duplicates, _):
            return "YAML: the key \(duplicates.sorted().map { "\"\($0)\"" }.joined(separator: ", ")) appears more than once"
        case .reader(let problem, _, _, _):
            return "YAML: \(problem)"
        default:
            return "YAML: \(error)"
        }
    }
}

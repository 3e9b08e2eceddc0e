import CYaml

/// Reads a YAML text as libyaml's stream of events, before Yams builds a tree
/// of it, to refuse two kinds of hostile input at their exact position:
///
/// - an alias bomb: Yams shares the node an alias names, so composing is
///   cheap, but anything that walks the tree (front matter params, `extra:`)
///   visits every repetition. Each alias adds the number of values its anchor
///   holds, aliases inside it included; a document may repeat at most
///   `aliasBudget` values through aliases. This is go-yaml v3's rule (the
///   decoder Kubernetes uses counts nodes reached through aliases and stops
///   a document that is mostly aliases) made a plain ceiling, because
///   sitegen's files are written by hand and small.
/// - control characters: a C0 control other than tab and line feed (only a
///   `"\r"` or `"\x01"` escape can write one, raw ones are a libyaml error)
///   breaks a vCard line, an XML feed or an HTML page, so no text value of
///   any YAML file (keys included) may hold one.
///
/// Syntax errors are left to `Yams.compose`, which reports them.
struct YAMLEventScan {
    static let aliasBudget = 10_000

    var source: YAMLSource

    /// The problems found, each at its position; empty when the text is safe to compose.
    func problems() -> [Diagnostic] {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return [] }
        defer { yaml_parser_delete(&parser) }
        var bytes = Array(source.text.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer -> [Diagnostic] in
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var walk = Walk(source: source)
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return walk.problems }
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { return walk.problems }
                if !walk.take(event) { return walk.problems }
            }
        }
    }

    /// The state of one pass over the events: open collections, anchor sizes, and what was found.
    private struct Walk {
        struct Open {
            var isMapping: Bool
            var anchor: String?
            /// Values in the collection so far, counting what its aliases repeat, itself included.
            var size = 1
            /// For a mapping, whether the next node is a key.
            var expectsKey = true
            var key: String?
            var index = 0
            /// How the collection is named in messages (`press[2]`).
            var path: String
        }

        var source: YAMLSource
        var problems: [Diagnostic] = []
        var stack: [Open] = []
        var anchorSizes: [String: Int] = [:]
        var repeated = 0

        init(source: YAMLSource) {
            self.source = source
        }

        /// Returns false when the scan should stop (a bomb is found: going on would only report more of it).
        mutating func take(_ event: yaml_event_t) -> Bool {
            switch event.type {
            case YAML_DOCUMENT_START_EVENT:
                repeated = 0
                anchorSizes = [:]
            case YAML_SCALAR_EVENT:
                let value = Self.text(event.data.scalar.value, length: Int(event.data.scalar.length))
                let path = nextPath()
                if let control = TextField.forbiddenControl(in: value) {
                    problems.append(
                        .error(
                            at: location(event.start_mark),
                            "\(path.isEmpty ? "a value" : path): contains \(TextField.describe(control)), which would break the site's pages, feeds and contact card; remove it"
                        ))
                }
                finish(size: 1, anchor: Self.optionalText(event.data.scalar.anchor), keyText: value)
            case YAML_ALIAS_EVENT:
                let name = Self.optionalText(event.data.alias.anchor) ?? ""
                let path = nextPath()
                // An alias to an anchor not yet closed (or never defined) is Yams's error to report.
                let size = anchorSizes[name] ?? 1
                repeated += size
                if repeated > YAMLEventScan.aliasBudget {
                    let what = path.isEmpty ? "" : "\(path): "
                    problems.append(
                        .error(
                            at: location(event.start_mark),
                            "\(what)the alias *\(name) makes this file repeat more than \(YAMLEventScan.aliasBudget) values through aliases (an alias bomb?); write the values out, or use fewer aliases"
                        ))
                    return false
                }
                finish(size: size, anchor: nil, keyText: nil)
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                let anchor = Self.optionalText(isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor)
                stack.append(Open(isMapping: isMapping, anchor: anchor, path: nextPath()))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let closed = stack.popLast() else { return true }
                finish(size: closed.size, anchor: closed.anchor, keyText: nil)
            default:
                break
            }
            return true
        }

        /// The path of the node that comes next, in the form the readers use in messages.
        private func nextPath() -> String {
            guard let top = stack.last else { return "" }
            if top.isMapping {
                if top.expectsKey { return top.path }
                let key = top.key ?? "?"
                return top.path.isEmpty ? key : "\(top.path).\(key)"
            }
            return "\(top.path)[\(top.index)]"
        }

        /// Adds a finished node to the collection it belongs to.
        private mutating func finish(size: Int, anchor: String?, keyText: String?) {
            if let anchor { anchorSizes[anchor] = size }
            guard !stack.isEmpty else { return }
            stack[stack.count - 1].size = min(stack[stack.count - 1].size + size, Int.max / 4)
            if stack[stack.count - 1].isMapping {
                if stack[stack.count - 1].expectsKey { stack[stack.count - 1].key = keyText }
                stack[stack.count - 1].expectsKey.toggle()
            } else {
                stack[stack.count - 1].index += 1
            }
        }

        private func location(_ mark: yaml_mark_t) -> SourceLocation {
            SourceLocation(file: source.file, line: Int(mark.line) + 1 + source.lineOffset, column: Int(mark.column) + 1)
        }

        static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?, length: Int) -> String {
            guard let pointer else { return "" }
            return String(decoding: UnsafeBufferPointer(start: pointer, count: length), as: UTF8.self)
        }

        static func optionalText(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            guard let pointer else { return nil }
            return String(cString: pointer)
        }
    }
}

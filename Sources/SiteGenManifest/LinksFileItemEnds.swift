import CYaml

/// The last line of each entry of the `profiles:` and `press:` lists, as
/// libyaml reads it. Yams keeps only where a node starts, and a quoted value
/// may run over several lines, some of them looking like the start of the
/// next entry (`label: 'one` / `- url: ...` / `two'`): cutting an entry by
/// its indentation alone would cut inside such a value. (Found by fuzzing
/// the editor, `Fuzz/`.)
enum LinksFileItemEnds {
    struct End {
        /// 0-based line of the entry's last character.
        var line: Int
        /// The entry ends with a block scalar that keeps its trailing blank
        /// lines (`|+`): they are part of its value, not space between entries.
        var keepsBlankLines: Bool
    }

    /// Where each entry ends, by list, in order.
    static func lastLines(of text: String) -> [String: [End]] {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return [:] }
        defer { yaml_parser_delete(&parser) }
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var ends: [String: [End]] = [:]
            // Depth 1 is the file's mapping, 2 a list, 3 an entry, deeper its values.
            var depth = 0
            var expectsKey = true
            var list: String?
            var lastEnd = End(line: 0, keepsBlankLines: false)
            while true {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { return ends }
                defer { yaml_event_delete(&event) }
                let end = Int(event.end_mark.line) - (event.end_mark.column == 0 && event.end_mark.line > 0 ? 1 : 0)
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return ends
                case YAML_MAPPING_START_EVENT, YAML_SEQUENCE_START_EVENT:
                    if depth == 2 { lastEnd = End(line: Int(event.start_mark.line), keepsBlankLines: false) }
                    depth += 1
                case YAML_MAPPING_END_EVENT, YAML_SEQUENCE_END_EVENT:
                    // A block collection's end is marked where the next token
                    // starts, lines later: only values mark where an entry ends.
                    depth -= 1
                    if depth == 2, let list, event.type == YAML_MAPPING_END_EVENT {
                        ends[list, default: []].append(lastEnd)
                    }
                    if depth == 1 {
                        list = nil
                        expectsKey = true
                    }
                case YAML_SCALAR_EVENT, YAML_ALIAS_EVENT:
                    if depth == 1 {
                        if expectsKey, event.type == YAML_SCALAR_EVENT {
                            let key = String(
                                decoding: UnsafeBufferPointer(start: event.data.scalar.value, count: Int(event.data.scalar.length)), as: UTF8.self)
                            list = key == "profiles" || key == "press" ? key : nil
                        } else {
                            list = nil
                        }
                        expectsKey.toggle()
                    } else if depth > 2 {
                        lastEnd = End(line: end, keepsBlankLines: event.type == YAML_SCALAR_EVENT && Self.keepsBlankLines(event))
                    }
                default:
                    break
                }
            }
        }
    }

    /// A block scalar whose value ends with an empty line kept by `+`.
    private static func keepsBlankLines(_ event: yaml_event_t) -> Bool {
        let scalar = event.data.scalar
        guard scalar.style == YAML_LITERAL_SCALAR_STYLE || scalar.style == YAML_FOLDED_SCALAR_STYLE, scalar.length >= 2 else { return false }
        let value = UnsafeBufferPointer(start: scalar.value, count: Int(scalar.length))
        return value[value.count - 1] == UInt8(ascii: "\n") && value[value.count - 2] == UInt8(ascii: "\n")
    }
}

import Yams

/// Reads the fields of one YAML mapping into typed values, recording a
/// diagnostic at the exact position of every value of the wrong type, so that
/// one pass reports every problem of a file.
///
/// `path` names the mapping in messages (`address.street: ...`).
package final class YAMLMappingReader {
    package let source: YAMLSource
    package let path: String
    package private(set) var diagnostics: [Diagnostic]
    private let pairs: [(key: String, keyNode: Node, value: Node)]
    private let mark: Mark?

    /// Reads `node` as a mapping; reports an error and reads nothing if it is something else.
    package init(_ node: Node?, source: YAMLSource, path: String = "") {
        self.source = source
        self.path = path
        self.diagnostics = []
        self.mark = node?.mark
        switch node {
        case .mapping(let mapping):
            pairs = mapping.map { ($0.key.string ?? "", $0.key, $0.value) }
        case nil:
            pairs = []
        case .some(let other) where other.isNull:
            pairs = []
        case .some(let other):
            pairs = []
            diagnostics.append(
                .error(
                    at: source.location(of: other.mark),
                    "\(path.isEmpty ? "the file" : path) must be a mapping of `key: value` lines"))
        }
    }

    package var keys: [String] { pairs.map(\.key) }

    package func node(_ key: String) -> Node? {
        guard let value = pairs.first(where: { $0.key == key })?.value, !value.isNull else { return nil }
        return value
    }

    package func location(of key: String) -> SourceLocation {
        if let value = pairs.first(where: { $0.key == key }) { return source.location(of: value.value.mark ?? value.keyNode.mark) }
        return source.location(of: mark)
    }

    package var mappingLocation: SourceLocation { source.location(of: mark) }

    /// Where a key itself is written (`hours:`), or the mapping when it is missing.
    package func location(ofKey key: String) -> SourceLocation {
        source.location(of: pairs.first(where: { $0.key == key })?.keyNode.mark ?? mark)
    }

    /// Where a key's value is, or the mapping itself when the key is missing.
    package func location(ofKeyOrMapping key: String) -> SourceLocation {
        node(key) == nil ? mappingLocation : location(of: key)
    }

    func qualified(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    package func error(_ key: String, _ message: String) {
        diagnostics.append(.error(at: location(of: key), "\(qualified(key)): \(message)"))
    }

    package func error(at location: SourceLocation, _ message: String) {
        diagnostics.append(.error(at: location, message))
    }

    package func warning(at location: SourceLocation, _ message: String) {
        diagnostics.append(.warning(at: location, message))
    }

    package var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    package func absorb(_ other: YAMLMappingReader) {
        diagnostics += other.diagnostics
    }

    // MARK: Typed fields

    package func string(_ key: String) -> String? {
        guard let node = node(key) else { return nil }
        guard case .scalar(let scalar) = node else {
            error(key, "expected text, found \(node.kindDescription)")
            return nil
        }
        return scalar.string
    }

    package func requiredString(_ key: String) -> String? {
        guard let value = string(key) else {
            if node(key) == nil { missing(key) }
            return nil
        }
        if value.trimmingCharacters(in: .whitespaces).isEmpty {
            error(key, "must not be empty")
            return nil
        }
        return value
    }

    package func missing(_ key: String) {
        diagnostics.append(.error(at: mappingLocation, "\(qualified(key)) is required"))
    }

    package func bool(_ key: String) -> Bool? {
        guard let node = node(key) else { return nil }
        guard let value = node.bool else {
            error(key, "\(node.quotedText) is not true or false")
            return nil
        }
        return value
    }

    package func int(_ key: String) -> Int? {
        guard let node = node(key) else { return nil }
        guard let value = node.checkedInt else {
            error(key, "\(node.quotedText) is not a whole number")
            return nil
        }
        return value
    }

    package func double(_ key: String) -> Double? {
        guard let node = node(key) else { return nil }
        guard case .scalar = node, let value = node.float ?? node.checkedInt.map(Double.init) else {
            error(key, "\(node.quotedText) is not a number")
            return nil
        }
        return value
    }

    package func date(_ key: String) -> ContentDate? {
        guard let text = string(key) else { return nil }
        guard let date = ContentDate(parsing: text) else {
            error(key, "\"\(text)\" is not a date (expected YYYY-MM-DD, optionally with a time: 2024-05-01T09:30:00+02:00)")
            return nil
        }
        return date
    }

    /// A list of text values; a single value is accepted as a list of one.
    package func stringList(_ key: String) -> [String]? {
        guard let node = node(key) else { return nil }
        switch node {
        case .scalar(let scalar):
            return [scalar.string]
        case .sequence(let sequence):
            var values: [String] = []
            for item in sequence {
                guard case .scalar(let scalar) = item, !item.isNull else {
                    diagnostics.append(.error(at: source.location(of: item.mark), "\(qualified(key)): every item must be text"))
                    continue
                }
                values.append(scalar.string)
            }
            return values
        default:
            error(key, "expected text or a list of text, found \(node.kindDescription)")
            return nil
        }
    }

    /// A nested mapping, read by its own reader whose problems join this one's.
    package func mapping(_ key: String) -> YAMLMappingReader? {
        guard let node = node(key) else { return nil }
        return YAMLMappingReader(node, source: source, path: qualified(key))
    }

    /// The items of a list, each with its index, for the caller to read.
    package func list(_ key: String) -> [(index: Int, node: Node)]? {
        guard let node = node(key) else { return nil }
        guard case .sequence(let sequence) = node else {
            error(key, "expected a list (lines starting with `- `), found \(node.kindDescription)")
            return nil
        }
        return sequence.enumerated().map { ($0.offset, $0.element) }
    }

    /// Reports keys that are not in `known`, where unknown keys are likely misspellings.
    /// `suggesting` replaces `known` as the names a misspelling is compared with.
    package func reportUnknownKeys(known: Set<String>, suggesting: [String]? = nil) {
        for pair in pairs where !known.contains(pair.key) {
            let suggestion = EditDistance.suggestion(for: pair.key, among: suggesting ?? Array(known))
            diagnostics.append(
                .error(
                    at: source.location(of: pair.keyNode.mark),
                    "\(qualified(pair.key)): unknown key\(suggestion)"))
        }
    }
}

extension Node {
    var isNull: Bool {
        guard case .scalar(let scalar) = self else { return false }
        return scalar.style == .plain
            && (scalar.string.isEmpty || scalar.string == "~" || scalar.string == "null" || scalar.string == "Null" || scalar.string == "NULL")
    }

    package var kindDescription: String {
        switch self {
        case .scalar: return "text"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    /// The value as written, quoted, for messages.
    var quotedText: String {
        if case .scalar(let scalar) = self { return "\"\(scalar.string)\"" }
        return kindDescription
    }

    /// The integer of a scalar, without YAML 1.1's base-60 form (`1:30:00`):
    /// Yams multiplies its parts without an overflow check, so a crafted
    /// `555:5555555555555555` stops the process (found by fuzzing, `Fuzz/`).
    /// Such a value reads as text instead.
    package var checkedInt: Int? {
        guard case .scalar(let scalar) = self, !scalar.string.contains(":") else { return nil }
        return int
    }

    /// Plain Swift values (String, Bool, Int, Double, arrays, dictionaries) for
    /// front matter keys that templates read as they are.
    package var plainValue: Any? {
        switch self {
        case .scalar(let scalar):
            if isNull { return nil }
            // `1:30` is a time to an owner, not YAML 1.1's base-60 number 90.
            if scalar.style == .plain, !scalar.string.contains(":") {
                if let bool { return bool }
                if let checkedInt { return checkedInt }
                if let float { return float }
            }
            return scalar.string
        case .sequence(let sequence):
            return sequence.compactMap(\.plainValue)
        case .mapping(let mapping):
            var dictionary: [String: Any] = [:]
            for pair in mapping {
                if let key = pair.key.string, let value = pair.value.plainValue { dictionary[key] = value }
            }
            return dictionary
        case .alias:
            return nil
        }
    }
}

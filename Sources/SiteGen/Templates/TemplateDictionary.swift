import Mustache

/// A mapping of the owner's values (`extra:`, `page.params`, a nested
/// mapping) as templates see it. It reads like a Swift dictionary, which is
/// what templates were given before, except that whatever lists its keys
/// (`{{#sorted(...)}}`, `{{#enumerated(...)}}`, printing it whole) lists them
/// sorted, so that the output never depends on hashing.
struct TemplateDictionary: MustacheParent, MustacheTransformable, CustomStringConvertible, Sendable {
    let values: [String: SendableValue]

    init(_ values: [String: SendableValue]) {
        self.values = values
    }

    func child(named name: String) -> Any? {
        values[name]?.templateValue
    }

    /// The transforms swift-mustache gives a dictionary, with `enumerated` sorted too.
    func transform(_ name: String) -> Any? {
        switch name {
        case "count": values.count
        case "empty": values.isEmpty
        case "enumerated", "sorted": SendableValue.sortedEntries(values).map { (key: $0.key, value: $0.value.templateValue) }
        default: nil
        }
    }

    /// Swift's dictionary format (`["city": "Rennes"]`), keys sorted.
    var description: String {
        guard !values.isEmpty else { return "[:]" }
        let entries = SendableValue.sortedEntries(values).map { "\(String(reflecting: $0.key)): \($0.value.debugDescription)" }
        return "[\(entries.joined(separator: ", "))]"
    }
}

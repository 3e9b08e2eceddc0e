/// A value the owner wrote in YAML for templates (front matter params,
/// site.yml's `extra:`), as a plain value that crosses threads and compares
/// as a whole, so that a change to any key is seen.
public enum SendableValue: Sendable, Hashable {
    case string(String)
    case bool(Bool)
    case int(Int)
    case double(Double)
    case list([SendableValue])
    case dictionary([String: SendableValue])

    /// The value of what YAML reading gives (`YAMLNode.plainValue`); `nil`
    /// for anything else, which templates never saw either.
    init?(_ value: Any) {
        switch value {
        case let text as String: self = .string(text)
        case let flag as Bool: self = .bool(flag)
        case let number as Int: self = .int(number)
        case let number as Double: self = .double(number)
        case let list as [Any]: self = .list(list.compactMap(SendableValue.init))
        case let dictionary as [String: Any]: self = .dictionary(Self.dictionary(dictionary))
        default: return nil
        }
    }

    static func dictionary(_ dictionary: [String: Any]) -> [String: SendableValue] {
        dictionary.compactMapValues(SendableValue.init)
    }

    /// A mapping's keys in sorted order with their values, so that whatever
    /// lists them (templates, messages) does not depend on hashing.
    static func sortedEntries(_ dictionary: [String: SendableValue]) -> [(key: String, value: SendableValue)] {
        dictionary.sorted { $0.key < $1.key }.map { (key: $0.key, value: $0.value) }
    }

    /// The text, when the value is text (not a number or a flag written bare).
    public var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// Numbers compare by their bits: `.nan` equals itself, and `0.0` and
    /// `-0.0` differ, as they render differently.
    public static func == (lhs: SendableValue, rhs: SendableValue) -> Bool {
        switch (lhs, rhs) {
        case (.string(let a), .string(let b)): a == b
        case (.bool(let a), .bool(let b)): a == b
        case (.int(let a), .int(let b)): a == b
        case (.double(let a), .double(let b)): a.bitPattern == b.bitPattern
        case (.list(let a), .list(let b)): a == b
        case (.dictionary(let a), .dictionary(let b)): a == b
        default: false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .string(let text):
            hasher.combine(0)
            hasher.combine(text)
        case .bool(let flag):
            hasher.combine(1)
            hasher.combine(flag)
        case .int(let number):
            hasher.combine(2)
            hasher.combine(number)
        case .double(let number):
            hasher.combine(3)
            hasher.combine(number.bitPattern)
        case .list(let list):
            hasher.combine(4)
            hasher.combine(list)
        case .dictionary(let dictionary):
            hasher.combine(5)
            hasher.combine(dictionary)
        }
    }
}

/// Turns the plain values read from YAML (`String`, `Bool`, `Int`, `Double`,
/// arrays and dictionaries of them) into values that can cross threads.
enum SendableValue {
    static func wrap(_ dictionary: [String: Any]) -> [String: any Sendable] {
        dictionary.compactMapValues(wrap)
    }

    static func wrap(_ value: Any) -> (any Sendable)? {
        switch value {
        case let text as String: return text
        case let flag as Bool: return flag
        case let number as Int: return number
        case let number as Double: return number
        case let list as [Any]: return list.compactMap(wrap) as [any Sendable]
        case let dictionary as [String: Any]: return wrap(dictionary)
        default: return nil
        }
    }
}

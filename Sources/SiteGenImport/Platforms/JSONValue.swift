/// Loose readers for the values `JSONSerialization` returns. X writes
/// numbers as strings and Meta writes them as numbers; both are accepted.
enum JSONValue {
    static func object(_ value: Any?) -> [String: Any]? { value as? [String: Any] }
    static func array(_ value: Any?) -> [Any] { value as? [Any] ?? [] }
    static func string(_ value: Any?) -> String? {
        switch value {
        case let text as String: text
        case let number as Int: String(number)
        default: nil
        }
    }
    static func int(_ value: Any?) -> Int? {
        switch value {
        case let number as Int: number
        case let number as Double where number.isFinite && abs(number) < 1e15: Int(number)
        case let text as String: Int(text)
        default: nil
        }
    }
    static func bool(_ value: Any?) -> Bool? {
        switch value {
        case let flag as Bool: flag
        case let text as String:
            ["true", "yes", "1"].contains(text.lowercased()) ? true : (["false", "no", "0"].contains(text.lowercased()) ? false : nil)
        default: nil
        }
    }
}

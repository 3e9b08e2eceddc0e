/// The owner's values as swift-mustache reads them: the plain Swift values it
/// knows (`String`, `Bool`, `Int`, `Double`, arrays), so that `{{.}}`, sections
/// and transforms (`count()`, `plusone()`) behave as for any other value, and a
/// mapping as a `TemplateDictionary`, whose keys come out sorted.
extension SendableValue: CustomStringConvertible, CustomDebugStringConvertible {
    var templateValue: Any {
        switch self {
        case .string(let text): text
        case .bool(let flag): flag
        case .int(let number): number
        case .double(let number): number
        case .list(let list): list.map(\.templateValue) as [Any]
        case .dictionary(let dictionary): TemplateDictionary(dictionary)
        }
    }

    /// As `{{value}}` prints it: `1.0`, `true`, `["a", 1]`.
    public var description: String { String(describing: templateValue) }

    /// As it is printed inside a list or a mapping: text quoted.
    public var debugDescription: String { String(reflecting: templateValue) }
}

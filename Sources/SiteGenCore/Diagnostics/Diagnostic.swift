/// One problem found in the user's files, printed like a compiler's:
/// `content/news/oven.md:3:7: error: date: "tomorrow" is not a date`, then
/// one line per note.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable {
        case error
        case warning
    }

    public var location: SourceLocation
    public var severity: Severity
    public var message: String
    /// Other places the message is about, each with its own location.
    public var notes: [Note]

    public init(_ severity: Severity, at location: SourceLocation, _ message: String, notes: [Note] = []) {
        self.location = location
        self.severity = severity
        self.message = message
        self.notes = notes
    }

    public static func error(at location: SourceLocation, _ message: String, notes: [Note] = []) -> Diagnostic {
        Diagnostic(.error, at: location, message, notes: notes)
    }

    public static func warning(at location: SourceLocation, _ message: String, notes: [Note] = []) -> Diagnostic {
        Diagnostic(.warning, at: location, message, notes: notes)
    }

    /// The diagnostic's own line, without its notes.
    public var headline: String {
        "\(location.description): \(severity.rawValue): \(message)"
    }

    /// The diagnostic's line followed by one line per note, as compilers print them.
    public var description: String {
        ([headline] + notes.map(\.description)).joined(separator: "\n")
    }
}

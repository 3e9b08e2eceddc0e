/// A deploy that could not go on, in plain words, with the tool's own
/// message (secrets removed) when it helps.
public struct DeployError: Error, Sendable, CustomStringConvertible {
    public var message: String
    /// Further lines: the tool's words, the fingerprint of an unknown host, what to do.
    public var details: [String]

    public init(_ message: String, details: [String] = []) {
        self.message = message
        self.details = details
    }

    /// The last lines a tool wrote, as details of an error.
    static func lastLines(of text: String) -> [String] {
        text.split(separator: "\n").suffix(4).map { String($0).trimmingCharacters(in: .whitespaces) }
    }

    public var description: String { ([message] + details.map { "  \($0)" }).joined(separator: "\n") }
}

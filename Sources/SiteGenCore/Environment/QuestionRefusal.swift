/// Why an answer to a question was not taken, in one line shown under it,
/// such as `"2024-13-01" is not a date such as 2024-03-12`.
public struct QuestionRefusal: Error, Sendable, Equatable {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }
}

/// A fetch that did not give a usable answer. The message is one line that
/// names the address and, when it helps, says what to do instead.
public struct FetchError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }

    public init(_ message: String) {
        self.message = message
    }

    public init(message: String) {
        self.message = message
    }
}

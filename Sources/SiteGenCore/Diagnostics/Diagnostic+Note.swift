extension Diagnostic {
    /// A second place that explains a diagnostic, such as where a duplicate
    /// was first declared. Printed after it as the Swift compiler prints its
    /// notes: `links.yml:3:5: note: first listed here, as profiles[0]`.
    public struct Note: Sendable, Hashable, Codable, CustomStringConvertible {
        public var location: SourceLocation
        public var message: String

        public init(at location: SourceLocation, _ message: String) {
            self.location = location
            self.message = message
        }

        public var description: String {
            "\(location.description): note: \(message)"
        }
    }
}

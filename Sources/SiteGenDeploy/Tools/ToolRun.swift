import Foundation

/// One run of an external program: what it is given and what came back.
public struct ToolRun: Sendable {
    public var program: String
    public var arguments: [String]
    /// Added to sitegen's own environment (a password for lftp travels here,
    /// never on the command line, where any user of the machine could read it).
    public var environment: [String: String] = [:]
    /// Fed to the program's standard input; nothing (not the terminal) when nil,
    /// so that no tool ever stops to ask a question.
    public var input: Data?
    public var directory: URL?

    public init(_ program: String, _ arguments: [String], environment: [String: String] = [:], input: Data? = nil, directory: URL? = nil) {
        self.program = program
        self.arguments = arguments
        self.environment = environment
        self.input = input
        self.directory = directory
    }

    public struct Result: Sendable {
        public var status: Int32
        /// Standard output, its last megabyte at most.
        public var output: String
        /// Standard error, its last 64 KB at most.
        public var errors: String

        public init(status: Int32, output: String = "", errors: String = "") {
            self.status = status
            self.output = output
            self.errors = errors
        }

        public var succeeded: Bool { status == 0 }
    }
}

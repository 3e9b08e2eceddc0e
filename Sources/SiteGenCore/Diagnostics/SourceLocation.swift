/// A place in one of the user's files, for error messages that an editor can jump to.
public struct SourceLocation: Sendable, Hashable, Codable, Comparable {
    /// The file's path as the user would type it (relative to the current folder when inside it).
    public var file: String
    /// 1-based line; 0 when the message is about the whole file.
    public var line: Int
    /// 1-based column, counted in Unicode scalars; 0 when unknown.
    public var column: Int

    public init(file: String, line: Int = 0, column: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }

    /// `path:line:column`, or as much of it as is known.
    public var description: String {
        guard line > 0 else { return file }
        guard column > 0 else { return "\(file):\(line)" }
        return "\(file):\(line):\(column)"
    }
}

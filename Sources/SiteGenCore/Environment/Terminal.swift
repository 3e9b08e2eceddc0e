import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The owner at a keyboard, for a command that asks for what its command
/// line left out. A value of closures, so that tests answer in the owner's
/// place without a terminal.
public struct Terminal: Sendable {
    /// Someone is there to answer: standard input and output are both a
    /// terminal, not a script's pipe or a scheduled job's log file.
    public var isInteractive: @Sendable () -> Bool
    /// One line typed, without its line end; nil at the end of the input
    /// (Ctrl-D, or a closed pipe).
    public var readLine: @Sendable () -> String?
    /// Shows `text` as it is: a question has no line end, so that the answer
    /// is typed on its line.
    public var write: @Sendable (String) -> Void

    public init(
        isInteractive: @escaping @Sendable () -> Bool, readLine: @escaping @Sendable () -> String?,
        write: @escaping @Sendable (String) -> Void
    ) {
        self.isInteractive = isInteractive
        self.readLine = readLine
        self.write = write
    }

    /// The most bytes of a line that are kept; the rest of a longer line is
    /// read and dropped, so that pasting a whole file cannot fill the memory.
    public static let lineLimit = 4096

    public static let live = Terminal(
        isInteractive: { isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 },
        readLine: { readLine(from: STDIN_FILENO, limit: lineLimit) },
        write: { text in FileHandle.standardOutput.write(Data(text.utf8)) })

    /// Reads byte by byte, so that nothing after the line is taken from the
    /// input (a later question, or another program, reads it).
    static func readLine(from descriptor: Int32, limit: Int) -> String? {
        var kept: [UInt8] = []
        var byte: UInt8 = 0
        var readAnything = false
        while true {
            let count = read(descriptor, &byte, 1)
            if count < 0, errno == EINTR { continue }
            guard count == 1 else { break }
            readAnything = true
            if byte == UInt8(ascii: "\n") { break }
            if kept.count < limit { kept.append(byte) }
        }
        guard readAnything else { return nil }
        if kept.last == UInt8(ascii: "\r") { kept.removeLast() }
        return String(decoding: kept, as: UTF8.self)
    }
}

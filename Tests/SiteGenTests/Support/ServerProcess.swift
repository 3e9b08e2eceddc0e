import Foundation
import Synchronization

@testable import SiteGenCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A server that the tests run as a child process (sshd, pyftpdlib).
///
/// Its standard error goes to a log file, which a pipe nobody reads could
/// not do without blocking the server one day, and which says why it failed
/// to start. Its standard input is a pipe that only this process writes to:
/// the server is started so that it ends when that pipe closes, so a test
/// process that crashes does not leave it running.
final class ServerProcess: Sendable {
    let log: URL
    /// The server's standard output, for the one line it prints when it is ready.
    let output: FileHandle
    private let process: Process
    private let input: FileHandle
    private let stopped = Mutex(false)

    var processIdentifier: Int32 { process.processIdentifier }

    var isRunning: Bool { process.isRunning }

    /// What the server wrote on standard error so far.
    var logText: String {
        (try? String(contentsOf: log, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    }

    init(executable: String, arguments: [String], environment: [String: String] = [:], log: URL) throws {
        self.log = log
        try Data().write(to: log)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: log)
        try process.runWithSignalsUnblocked()
        self.process = process
        self.input = input.fileHandleForWriting
        self.output = output.fileHandleForReading
    }

    deinit {
        stop()
    }

    /// Closes the server's standard input (its sign to end), asks it to end
    /// (SIGTERM), and kills it if it is still there after five seconds.
    /// Returns once it has ended; calling it again does nothing.
    func stop() {
        let first = stopped.withLock { stopped in
            defer { stopped = true }
            return !stopped
        }
        guard first else { return }
        try? input.close()
        if process.isRunning { process.terminate() }
        if !waitForExit(seconds: 5) {
            kill(process.processIdentifier, SIGKILL)
            _ = waitForExit(seconds: 5)
        }
        try? output.close()
    }

    /// Whether the server ended within `seconds`.
    func waitForExit(seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning {
            guard Date() < deadline else { return false }
            usleep(20_000)
        }
        return true
    }

    /// The first line the server prints on standard output, without its
    /// line end; nil if it ends, says nothing or too much before `deadline`.
    func firstLine(before deadline: Date) -> String? {
        let fd = output.fileDescriptor
        var line: [UInt8] = []
        while Date() < deadline, line.count < 256 {
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 100) > 0 else { continue }
            var byte: UInt8 = 0
            guard read(fd, &byte, 1) == 1 else { return nil }
            if byte == UInt8(ascii: "\n") { return String(decoding: line, as: UTF8.self) }
            line.append(byte)
        }
        return nil
    }
}

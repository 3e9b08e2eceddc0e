import Foundation

@testable import SiteGenCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs a program given by its absolute path (`sftp`, `rsync`, `lftp`,
/// `ssh-keygen`, `openssl`) and keeps its exit status and both outputs.
/// The outputs go to files rather than pipes, so that a chatty program can
/// never block on a full pipe, and the run is bounded in time.
enum ExternalTool {
    struct Run: CustomStringConvertible {
        var status: Int32
        var stdout: String
        var stderr: String

        var description: String { "exit status \(status)\nstdout:\n\(stdout)\nstderr:\n\(stderr)" }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// `input`, when given, is all that standard input holds (a file: a
    /// program that ends before reading it cannot kill the tests with
    /// SIGPIPE); otherwise standard input is empty. `environment` is added
    /// to the test process's own.
    static func run(
        _ executable: String, _ arguments: [String], input: String? = nil, environment: [String: String] = [:],
        timeout: TimeInterval = 60
    ) throws -> Run {
        let work = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(work) }
        let stdinFile = work.appendingPathComponent("stdin")
        let stdoutFile = work.appendingPathComponent("stdout")
        let stderrFile = work.appendingPathComponent("stderr")
        try Data((input ?? "").utf8).write(to: stdinFile)
        try Data().write(to: stdoutFile)
        try Data().write(to: stderrFile)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        process.standardInput = try FileHandle(forReadingFrom: stdinFile)
        process.standardOutput = try FileHandle(forWritingTo: stdoutFile)
        process.standardError = try FileHandle(forWritingTo: stderrFile)
        let ended = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in ended.signal() }
        try process.runWithSignalsUnblocked()
        if ended.wait(timeout: .now() + timeout) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            ended.wait()
            let stderr = (try? String(contentsOf: stderrFile, encoding: .utf8)) ?? ""
            throw Failure(description: "\(executable) \(arguments.joined(separator: " ")) did not end within \(Int(timeout)) s\n\(stderr)")
        }
        return Run(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: stdoutFile), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: stderrFile), as: UTF8.self))
    }

    /// Standard output of a run that must succeed; a failure says what the program said.
    @discardableResult
    static func output(_ executable: String, _ arguments: [String], timeout: TimeInterval = 60) throws -> String {
        let run = try run(executable, arguments, timeout: timeout)
        guard run.status == 0 else {
            throw Failure(description: "\(executable) \(arguments.joined(separator: " ")) failed with \(run)")
        }
        return run.stdout
    }
}

import Foundation
import SiteGenCore
import Synchronization

/// Runs the programs a deploy stands on (sftp, rsync, lftp, git). A seam, so
/// that tests can see what would be run; the live one starts real processes.
public struct ToolRunner: Sendable {
    /// Runs to the end, handing each line of standard output to `line` as it comes.
    public var run: @Sendable (ToolRun, _ line: @escaping @Sendable (String) -> Void) throws -> ToolRun.Result
    /// Where a program is on the PATH, or nil when it is not installed.
    public var locate: @Sendable (String) -> URL?

    public init(
        run: @escaping @Sendable (ToolRun, _ line: @escaping @Sendable (String) -> Void) throws -> ToolRun.Result,
        locate: @escaping @Sendable (String) -> URL?
    ) {
        self.run = run
        self.locate = locate
    }

    public func run(_ tool: ToolRun) throws -> ToolRun.Result { try run(tool, { _ in }) }

    public static let live = ToolRunner(run: runProcess, locate: findOnPath)

    static func findOnPath(_ program: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(program)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    private static func runProcess(_ tool: ToolRun, _ line: @escaping @Sendable (String) -> Void) throws -> ToolRun.Result {
        guard let executable = findOnPath(tool.program) else { throw DeployError("\(tool.program) is not installed") }
        let process = Process()
        process.executableURL = executable
        process.arguments = tool.arguments
        var environment = ProcessInfo.processInfo.environment
        // Messages in English, to be read by sitegen; no tool may stop to ask.
        environment["LC_ALL"] = "C"
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment.removeValue(forKey: "SSH_ASKPASS")
        environment.removeValue(forKey: "DISPLAY")
        environment.merge(tool.environment) { $1 }
        process.environment = environment
        if let directory = tool.directory { process.currentDirectoryURL = directory }
        let output = Pipe()
        let errors = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = tool.input == nil ? FileHandle.nullDevice : input
        try process.runWithSignalsUnblocked()
        let collectedErrors = Mutex(Data())
        let errorsDone = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            while true {
                let chunk = errors.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                collectedErrors.withLock { kept in
                    kept.append(chunk)
                    if kept.count > 64 * 1024 { kept = kept.suffix(64 * 1024) }
                }
            }
            errorsDone.signal()
        }
        if let data = tool.input {
            Thread.detachNewThread {
                try? input.fileHandleForWriting.write(contentsOf: data)
                try? input.fileHandleForWriting.close()
            }
        }
        var kept = Data()
        var pending = Data()
        while true {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            pending.append(chunk)
            while let end = pending.firstIndex(of: UInt8(ascii: "\n")) {
                line(String(decoding: pending[pending.startIndex..<end], as: UTF8.self))
                pending = Data(pending[(end + 1)...])
            }
            kept.append(chunk)
            if kept.count > 1_000_000 { kept = kept.suffix(1_000_000) }
        }
        if !pending.isEmpty { line(String(decoding: pending, as: UTF8.self)) }
        process.waitUntilExit()
        errorsDone.wait()
        return ToolRun.Result(
            status: process.terminationStatus, output: String(decoding: kept, as: UTF8.self),
            errors: String(decoding: collectedErrors.withLock { $0 }, as: UTF8.self))
    }
}

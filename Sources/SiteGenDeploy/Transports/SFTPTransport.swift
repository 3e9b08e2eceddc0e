import Foundation
import Synchronization

/// A host with SSH, through OpenSSH's `sftp` in batch mode: one connection
/// for the whole list of steps, each file put under a temporary name and
/// renamed over the old one (an atomic replace on OpenSSH servers, whose
/// `posix-rename` sftp uses), so a visitor gets either version, never half.
struct SFTPTransport: DeployTransport {
    let connection: SSHConnection
    let workspace: DeployWorkspace
    let runner: ToolRunner

    private var target: DeployTarget { connection.target }

    func readRecord() throws -> Data? {
        let copy = workspace.hostRecordCopy
        // `-get`: a missing record is not an error (a first deploy).
        let batch = "-get \(Self.quoted(remote(DeployRecord.fileName))) \(Self.quoted(copy.lastPathComponent))\n"
        let result = try sftp(batch, { _ in })
        guard result.succeeded else { throw connection.failure(result, while: "reading \(DeployRecord.fileName)") }
        return try workspace.readHostRecordCopy()
    }

    func carryOut(_ steps: [DeployStep], done: @escaping @Sendable (DeployStep) -> Void) throws {
        var commands: [String] = []
        var lastCommand: [Int] = []
        var made: Set<String> = []
        // The folder itself, level by level; `-` lets a folder that exists be.
        for folder in RemotePath.levels(of: target.folder) where made.insert(folder).inserted {
            commands.append("-mkdir \(Self.quoted(folder))")
        }
        for step in steps {
            switch step {
            case .upload(let file):
                for folder in RemotePath.folders(of: file.path).reversed() where made.insert(remote(folder)).inserted {
                    commands.append("-mkdir \(Self.quoted(remote(folder)))")
                }
                commands += put(workspace.localPath(of: file), as: file.path)
            case .writeRecord(let data):
                commands += put(try workspace.store(record: data), as: DeployRecord.fileName)
            case .remove(let path):
                commands.append("-rm \(Self.quoted(remote(path)))")
            case .removePartial(let path):
                commands.append("-rm \(Self.quoted(remote(DeployStep.partialName(of: path))))")
            case .removeFolderIfEmpty(let path):
                commands.append("-rmdir \(Self.quoted(remote(path)))")
            }
            lastCommand.append(commands.count - 1)
        }
        // sftp -b echoes each command (`sftp> put …`) as it starts it: when
        // command n starts, every step whose commands come before it is done.
        let started = Mutex((echoed: 0, reported: 0))
        let lastCommandOfStep = lastCommand
        let report: @Sendable (Int) -> Void = { finishedBefore in
            let range = started.withLock { state -> Range<Int> in
                var next = state.reported
                while next < lastCommandOfStep.count && lastCommandOfStep[next] < finishedBefore { next += 1 }
                defer { state.reported = next }
                return state.reported..<next
            }
            for index in range { done(steps[index]) }
        }
        let result = try sftp(commands.joined(separator: "\n") + "\n") { line in
            guard line.hasPrefix("sftp> ") else { return }
            let number = started.withLock { state -> Int in
                state.echoed += 1
                return state.echoed - 1
            }
            report(number)
        }
        guard result.succeeded else { throw connection.failure(result, while: "sending the site") }
        report(commands.count)
    }

    func publish(message: String) throws {}

    func close() { connection.close() }

    private func put(_ local: String, as path: String) -> [String] {
        let partial = remote(DeployStep.partialName(of: path))
        return ["put \(Self.quoted(local)) \(Self.quoted(partial))", "rename \(Self.quoted(partial)) \(Self.quoted(remote(path)))"]
    }

    private func remote(_ path: String) -> String {
        target.folder == "." ? path : target.folder.hasSuffix("/") ? target.folder + path : "\(target.folder)/\(path)"
    }

    private func sftp(_ batch: String, _ line: @escaping @Sendable (String) -> Void) throws -> ToolRun.Result {
        var arguments = ["-b", "-", "-P", String(target.port)] + connection.options
        if let limit = target.speedLimit { arguments += ["-l", String(max(1, limit * 8 / 1000))] }
        arguments += ["--", connection.destination]
        return try runner.run(ToolRun("sftp", arguments, input: Data(batch.utf8), directory: workspace.scratch), line)
    }

    /// sftp's own quoting: double quotes, in which paths need nothing else
    /// (`RemotePath` refuses quotes, backslashes and pattern characters).
    static func quoted(_ path: String) -> String { "\"\(path)\"" }
}

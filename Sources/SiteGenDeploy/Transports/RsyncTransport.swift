import Foundation

/// A server with rsync, over SSH. Each wave of files is one rsync run with
/// `--delay-updates`: rsync keeps the new files aside and renames them all
/// into place at the end, so a visitor sees the whole wave or none of it.
/// Removals name each file (`--delete-missing-args`): rsync's own
/// `--delete` would also remove the host's files that sitegen never sent.
struct RsyncTransport: DeployTransport {
    let connection: SSHConnection
    let workspace: DeployWorkspace
    let runner: ToolRunner

    private var target: DeployTarget { connection.target }

    private var common: [String] {
        var arguments = ["--rsh=\(connection.remoteShell)", "--timeout=60", "--times", "--omit-dir-times"]
        if let limit = target.speedLimit { arguments.append("--bwlimit=\(max(1, limit / 1024))") }
        return arguments
    }

    private func remote(_ path: String = "") -> String {
        let folder = target.folder.hasSuffix("/") ? target.folder : target.folder + "/"
        return "\(connection.destination):\(folder)\(path)"
    }

    func readRecord() throws -> Data? {
        let copy = workspace.hostRecordCopy
        let result = try runner.run(
            ToolRun(
                "rsync", common + ["--max-size=\(DeployRecord.largest)", "--", remote(DeployRecord.fileName), copy.path],
                directory: workspace.scratch))
        if result.succeeded {
            // Nothing copied: rsync skipped a record over `--max-size`.
            guard let data = try workspace.readHostRecordCopy() else {
                throw DeployError("the host's \(DeployRecord.fileName) is too large to be sitegen's record")
            }
            return data
        }
        // 23: rsync could not find the record, or the folder: a first deploy.
        if result.status == 23, result.errors.contains("No such file or directory") { return nil }
        throw connection.failure(result, while: "reading \(DeployRecord.fileName)")
    }

    func carryOut(_ steps: [DeployStep], done: @escaping @Sendable (DeployStep) -> Void) throws {
        var index = 0
        while index < steps.count {
            switch steps[index] {
            case .upload:
                var files: [PublishedFile] = []
                while index < steps.count, case .upload(let file) = steps[index] {
                    files.append(file)
                    index += 1
                }
                try upload(files, done: done)
            case .writeRecord(let data):
                // Sent under its own name into the folder (`folder/`), which
                // rsync makes when it is missing, as on a first deploy.
                let holder = workspace.scratch.appendingPathComponent("record-\(UUID().uuidString)")
                try FileManager.default.createDirectory(at: holder, withIntermediateDirectories: true)
                try data.write(to: holder.appendingPathComponent(DeployRecord.fileName))
                let result = try runner.run(
                    ToolRun(
                        "rsync", common + ["--", "\(holder.lastPathComponent)/\(DeployRecord.fileName)", remote()],
                        directory: workspace.scratch))
                guard result.succeeded else { throw connection.failure(result, while: "writing \(DeployRecord.fileName)") }
                done(steps[index])
                index += 1
            case .remove, .removePartial, .removeFolderIfEmpty:
                var group: [DeployStep] = []
                while index < steps.count, steps[index].isRemoval {
                    group.append(steps[index])
                    index += 1
                }
                try remove(group)
                group.forEach(done)
            }
        }
    }

    private func upload(_ files: [PublishedFile], done: @escaping @Sendable (DeployStep) -> Void) throws {
        let list = workspace.scratch.appendingPathComponent("upload-\(UUID().uuidString).list")
        try Data(files.map { $0.path + "\u{0}" }.joined().utf8).write(to: list)
        let byPath = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0) })
        let arguments =
            common + [
                "--from0", "--files-from=\(list.path)", "--delay-updates", "--out-format=sitegen-sent %n", "--", "\(DeployWorkspace.siteLink)/",
                remote(),
            ]
        let result = try runner.run(ToolRun("rsync", arguments, directory: workspace.scratch)) { line in
            guard line.hasPrefix("sitegen-sent "), let file = byPath[String(line.dropFirst("sitegen-sent ".count))] else { return }
            done(.upload(file))
        }
        guard result.succeeded else { throw connection.failure(result, while: "sending the site") }
    }

    /// Each path named is removed on the host because it is missing from an
    /// empty folder here; a folder is removed only when empty (no `--force`).
    private func remove(_ group: [DeployStep]) throws {
        var files: [String] = []
        var folders: [String] = []
        for step in group {
            switch step {
            case .remove(let path): files.append(path)
            case .removeFolderIfEmpty(let path): folders.append(path)
            default: break  // rsync leaves no half-sent file under sitegen's names.
            }
        }
        for (paths, foldersOnly) in [(files, false), (folders, true)] where !paths.isEmpty {
            // A local tree of the paths' folders only: rsync needs each
            // listed path's folder, and finds the path itself missing.
            let empty = "nothing-\(UUID().uuidString)"
            let root = workspace.scratch.appendingPathComponent(empty)
            for folder in Set(paths.flatMap(RemotePath.folders(of:))) {
                try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
            }
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            let list = workspace.scratch.appendingPathComponent("remove-\(UUID().uuidString).list")
            try Data(paths.map { $0 + "\u{0}" }.joined().utf8).write(to: list)
            let result = try runner.run(
                ToolRun(
                    "rsync", common + ["--from0", "--files-from=\(list.path)", "--delete-missing-args", "--", "\(empty)/", remote()],
                    directory: workspace.scratch))
            // A folder that still holds the host's own files stays, and rsync says so.
            guard result.succeeded || foldersOnly else { throw connection.failure(result, while: "removing old files") }
        }
    }

    func publish(message: String) throws {}

    func close() { connection.close() }
}

extension DeployStep {
    var isRemoval: Bool {
        switch self {
        case .remove, .removePartial, .removeFolderIfEmpty: true
        case .upload, .writeRecord: false
        }
    }
}

import Foundation
import Synchronization

/// FTP and FTPS hosts (the shared hosting of OVH, Ionos, o2switch), through
/// `lftp`, driven by a script rather than its `mirror`: mirror compares by
/// size and date and would delete the host's own files, where sitegen sends
/// the files its plan names and removes only those it published. Each file
/// is sent under a temporary name and renamed (`xfer:use-temp-file`).
///
/// The password reaches lftp in its environment (`--env-password`), never
/// on a command line that other users of the machine can read, and never
/// in a file.
struct LFTPTransport: DeployTransport {
    let target: DeployTarget
    let password: String
    let workspace: DeployWorkspace
    let runner: ToolRunner

    private var settings: [String] {
        var lines = [
            "set cmd:fail-exit yes", "set cmd:interactive no", "set net:timeout 30", "set net:max-retries 3",
            "set net:reconnect-interval-base 5", "set xfer:use-temp-file yes", "set xfer:temp-file-name .*.sitegen-part",
            "set ftp:passive-mode yes",
        ]
        if target.kind == .ftps {
            lines += ["set ftp:ssl-force true", "set ftp:ssl-protect-data true", "set ftp:ssl-protect-list true", "set ssl:verify-certificate yes"]
            // TLS 1.2: over TLS 1.3 the server sends session tickets on each
            // data connection that lftp never reads, so its close of an upload
            // becomes a reset, and the server may drop the file's last bytes
            // while reporting success (measured: 10 uploads of 12 cut short).
            lines.append("set ssl:priority \"NORMAL:-VERS-TLS1.3\"")
        } else {
            lines.append("set ftp:ssl-allow no")
        }
        if let authority = target.certificateAuthority { lines.append("set ssl:ca-file \(Self.quoted(authority.path))") }
        if let limit = target.speedLimit { lines.append("set net:limit-rate \(limit)") }
        lines.append("open --env-password -u \(Self.quoted(target.user)) -p \(target.port) ftp://\(target.host)")
        return lines
    }

    func readRecord() throws -> Data? {
        let copy = workspace.hostRecordCopy
        let script =
            settings + [
                "cd \(Self.quoted(target.folder)) || echo sitegen-no-folder",
                "get \(Self.quoted(DeployRecord.fileName)) -o \(Self.quoted(copy.lastPathComponent)) || echo sitegen-no-record",
            ]
        let result = try lftp(script, { _ in })
        if let problem = failure(result, while: "reading \(DeployRecord.fileName)", exitOnly: false) { throw problem }
        return try workspace.readHostRecordCopy()
    }

    func carryOut(_ steps: [DeployStep], done: @escaping @Sendable (DeployStep) -> Void) throws {
        var script = settings
        var made: Set<String> = []
        for folder in RemotePath.levels(of: target.folder) {
            script.append("mkdir -f \(Self.quoted(folder)) || echo sitegen-exists")
        }
        script.append("cd \(Self.quoted(target.folder))")
        for (index, step) in steps.enumerated() {
            switch step {
            case .upload(let file):
                for folder in RemotePath.folders(of: file.path).reversed() where made.insert(folder).inserted {
                    script.append("mkdir -f \(Self.quoted(folder)) || echo sitegen-exists")
                }
                script.append("put \(Self.quoted(workspace.localPath(of: file))) -o \(Self.quoted(file.path))")
            case .writeRecord(let data):
                script.append("put \(Self.quoted(try workspace.store(record: data))) -o \(Self.quoted(DeployRecord.fileName))")
            case .remove(let path):
                script.append("rm \(Self.quoted(path)) || echo sitegen-gone")
            case .removePartial(let path):
                script.append("rm \(Self.quoted(DeployStep.partialName(of: path))) || echo sitegen-gone")
            case .removeFolderIfEmpty(let path):
                script.append("rmdir \(Self.quoted(path)) || echo sitegen-kept")
            }
            script.append("echo sitegen-done-\(index)")
        }
        let result = try lftp(script) { line in
            guard line.hasPrefix("sitegen-done-"), let index = Int(line.dropFirst("sitegen-done-".count)), steps.indices.contains(index) else {
                return
            }
            done(steps[index])
        }
        if let problem = failure(result, while: "sending the site", exitOnly: true) { throw problem }
    }

    func publish(message: String) throws {}

    func close() {}

    private func lftp(_ lines: [String], _ line: @escaping @Sendable (String) -> Void) throws -> ToolRun.Result {
        let script = workspace.scratch.appendingPathComponent("script-\(UUID().uuidString).lftp")
        _ = FileManager.default.createFile(
            atPath: script.path, contents: Data((lines.joined(separator: "\n") + "\n").utf8), attributes: [.posixPermissions: 0o600])
        defer { try? FileManager.default.removeItem(at: script) }
        return try runner.run(
            ToolRun("lftp", ["-f", script.lastPathComponent], environment: ["LFTP_PASSWORD": password], directory: workspace.scratch), line)
    }

    /// What went wrong, read from lftp's messages; nil when nothing did.
    /// Reading the record runs on past a failed `cd`, so a refused login
    /// must be found in the messages, not only in the exit status.
    private func failure(_ result: ToolRun.Result, while doing: String, exitOnly: Bool) -> DeployError? {
        let said = result.errors.replacingOccurrences(of: password, with: "********")
        let nothingSent = exitOnly ? "" : " Nothing was sent."
        if said.contains("Login failed") || said.contains("Login incorrect") {
            return DeployError(
                "\(target.host) refused the user \(target.user) and its password.\(nothingSent)",
                details: [
                    "The password came from \(target.passwordVariable.map { "the environment variable \($0)" } ?? "~/.netrc"). "
                        + "Check it in your host's control panel (the FTP password is often not the one of the account)."
                ])
        }
        if said.contains("Certificate verification") || said.contains("certificate") && said.contains("not trusted") {
            return DeployError(
                "the TLS certificate of \(target.host) could not be verified, so sitegen cannot be sure it is your host.\(nothingSent)",
                details: DeployError.lastLines(of: said) + [
                    "If your host uses a certificate of its own, name its authority's certificate with `certificate_authority:` in deploy.yml."
                ])
        }
        if said.contains("max-retries exceeded") || said.contains("Name or service not known") || said.contains("Connection refused")
            || said.contains("Could not resolve") || said.contains("Not connected")
        {
            return DeployError("cannot reach \(target.host) on port \(target.port).\(nothingSent)", details: DeployError.lastLines(of: said))
        }
        guard result.succeeded else { return DeployError("\(doing) on \(target.host) failed.", details: DeployError.lastLines(of: said)) }
        return nil
    }

    /// lftp's double quotes; `RemotePath` and the loader refuse quotes and backslashes.
    static func quoted(_ text: String) -> String { "\"\(text)\"" }
}

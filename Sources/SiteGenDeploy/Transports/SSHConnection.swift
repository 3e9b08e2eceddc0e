import Foundation

/// What sftp and rsync share: OpenSSH's options, one connection reused by
/// every command of a deploy (ControlMaster, as Ansible does), and the
/// reading of ssh's failures into plain words.
///
/// Host keys are always checked (`StrictHostKeyChecking=yes`): an unknown
/// host is refused, and the message shows its fingerprint and how to accept it.
struct SSHConnection {
    let target: DeployTarget
    let runner: ToolRunner
    /// A private folder for the shared connection's socket, short-named in
    /// /tmp: a socket's path may not be longer than 107 bytes.
    let controlFolder: URL

    init(target: DeployTarget, runner: ToolRunner) throws {
        self.target = target
        self.runner = runner
        var template = Array("/tmp/sitegen-ssh-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw DeployError("cannot make a temporary folder for the SSH connection") }
        controlFolder = URL(fileURLWithPath: String(cString: made))
    }

    var destination: String { "\(target.user)@\(target.host)" }

    var options: [String] {
        var options = [
            "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=yes", "-o", "ConnectTimeout=20",
            "-o", "ServerAliveInterval=15", "-o", "ServerAliveCountMax=4",
            "-o", "ControlMaster=auto", "-o", "ControlPath=\(controlFolder.path)/%C", "-o", "ControlPersist=60",
        ]
        if let knownHosts = target.knownHosts { options += ["-o", "UserKnownHostsFile=\(knownHosts.path)"] }
        if let key = target.key { options += ["-i", key.path, "-o", "IdentitiesOnly=yes"] }
        return options
    }

    /// `ssh …` as one word list, for rsync's `-e`.
    var remoteShell: String {
        (["ssh", "-p", String(target.port)] + options).map(Self.shellQuoted).joined(separator: " ")
    }

    static func shellQuoted(_ word: String) -> String {
        if word.allSatisfy({ $0.isLetter || $0.isNumber || "-_./=%:@,".contains($0) }) { return word }
        return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// The same connection, for another folder of the same host.
    func with(target: DeployTarget) -> SSHConnection {
        SSHConnection(target: target, runner: runner, controlFolder: controlFolder)
    }

    private init(target: DeployTarget, runner: ToolRunner, controlFolder: URL) {
        self.target = target
        self.runner = runner
        self.controlFolder = controlFolder
    }

    /// Runs a command on the host (in its login shell, as ssh does); every
    /// word sitegen puts in it goes through `shellQuoted`.
    func execute(_ command: String, while doing: String) throws -> ToolRun.Result {
        let result = try runner.run(ToolRun("ssh", ["-p", String(target.port)] + options + ["--", destination, command]))
        guard result.succeeded else { throw failure(result, while: doing) }
        return result
    }

    func close() {
        _ = try? runner.run(ToolRun("ssh", ["-p", String(target.port)] + options + ["-O", "exit", destination]))
        try? FileManager.default.removeItem(at: controlFolder)
    }

    /// A failed ssh, sftp or rsync, in words the owner can act on.
    func failure(_ result: ToolRun.Result, while doing: String) -> DeployError {
        let said = result.errors
        if said.contains("REMOTE HOST IDENTIFICATION HAS CHANGED") {
            return DeployError(
                "the key of \(target.host) is not the one it had before: this may be a new server, or someone in between. Nothing was sent.",
                details: fingerprintLines() + [
                    "If your host changed servers, check the new fingerprint with them, then forget the old key with:",
                    "  ssh-keygen -R \(knownHostsName)\(target.knownHosts.map { " -f \($0.path)" } ?? "")",
                ])
        }
        if said.contains("Host key verification failed") {
            var details = fingerprintLines()
            details += [
                "Compare it with the one your host gives (control panel, documentation or support). If they match, accept it with:",
                "  ssh-keyscan -p \(target.port) \(target.host) >> \(target.knownHosts?.path ?? "~/.ssh/known_hosts")",
                "or connect once with `ssh -p \(target.port) \(destination)` and answer yes; then deploy again.",
            ]
            return DeployError(
                "\(target.host) is not among your known SSH hosts, so sitegen cannot be sure it is your server. Nothing was sent.",
                details: details)
        }
        if said.contains("Permission denied") {
            return DeployError(
                "\(target.host) refused the SSH key for \(target.user). Nothing was sent.",
                details: [
                    "sitegen logs in with a key, never a password: \(target.key.map { "the key \($0.path)" } ?? "your SSH agent's keys or those in ~/.ssh"). "
                        + "Install yours on the host with `ssh-copy-id -p \(target.port) \(destination)`, or name it with `key:` in deploy.yml."
                ])
        }
        if said.contains("Connection refused") || said.contains("Could not resolve hostname") || said.contains("timed out")
            || said.contains("No route to host") || said.contains("Network is unreachable")
        {
            return DeployError("cannot reach \(target.host) on port \(target.port) (\(Self.lastLine(said))).")
        }
        return DeployError("\(doing) on \(target.host) failed.", details: DeployError.lastLines(of: said))
    }

    private var knownHostsName: String { target.port == 22 ? target.host : "[\(target.host)]:\(target.port)" }

    /// The host's key fingerprints, fetched again to show them: `ssh-keyscan`, then `ssh-keygen -l`.
    private func fingerprintLines() -> [String] {
        guard let scan = try? runner.run(ToolRun("ssh-keyscan", ["-T", "10", "-p", String(target.port), "--", target.host])),
            !scan.output.isEmpty,
            let listed = try? runner.run(ToolRun("ssh-keygen", ["-l", "-f", "-"], input: Data(scan.output.utf8))), listed.succeeded
        else { return ["(its key's fingerprint could not be read)"] }
        return listed.output.split(separator: "\n").map { line in
            let words = line.split(separator: " ")
            return words.count >= 2 ? "Its key: \(words[1]) \(words.last ?? "")" : String(line)
        }
    }

    static func lastLine(_ text: String) -> String {
        text.split(separator: "\n").last.map { String($0).trimmingCharacters(in: .whitespaces) } ?? "no message"
    }

}

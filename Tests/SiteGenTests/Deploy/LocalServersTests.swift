import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The SSH and FTPS servers that the deploy tests publish to, proven with
/// the real clients: what a client does lands in the server's web root.
@Suite("Deploy: the local test servers")
struct LocalServersTests {
    static let rsync = "/usr/bin/rsync"
    static let lftp = "/usr/bin/lftp"

    // MARK: SSH

    @Test func sftpRenameReplacesTheFileAlreadyThere() throws {
        let server = try LocalSSHServer()
        defer { server.stop() }
        let local = try Self.localFile("new page\n")
        defer { TestSupport.cleanUp(local.deletingLastPathComponent()) }
        let remote = server.webRoot.appendingPathComponent("index.html")
        try Data("old page\n".utf8).write(to: remote)

        let run = try ExternalTool.run(
            LocalSSHServer.sftp, ["-b", "-"] + server.clientOptions() + ["\(server.user)@127.0.0.1"],
            input: "put \(local.path) \(remote.path).tmp\nrename \(remote.path).tmp \(remote.path)\n")

        #expect(run.status == 0, "\(run)")
        #expect(try String(contentsOf: remote, encoding: .utf8) == "new page\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: server.webRoot.path) == ["index.html"])
    }

    @Test func sftpRefusesAHostItDoesNotKnow() throws {
        let server = try LocalSSHServer()
        defer { server.stop() }
        let local = try Self.localFile("page\n")
        defer { TestSupport.cleanUp(local.deletingLastPathComponent()) }

        let run = try ExternalTool.run(
            LocalSSHServer.sftp, ["-b", "-"] + server.clientOptions(knownHosts: server.emptyKnownHosts) + ["\(server.user)@127.0.0.1"],
            input: "put \(local.path) \(server.webRoot.path)/index.html\n")

        #expect(run.status == 255)
        #expect(run.stderr.contains("Host key verification failed."), "\(run)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: server.webRoot.path).isEmpty)
    }

    @Test func sftpNamesTheServersKeyWhenItIsNotTheOneKnown() throws {
        let server = try LocalSSHServer()
        defer { server.stop() }
        let other = try Self.newKey()
        defer { TestSupport.cleanUp(other.deletingLastPathComponent()) }
        let knownHosts = other.deletingLastPathComponent().appendingPathComponent("known_hosts")
        let otherKey = try String(contentsOf: other.appendingPathExtension("pub"), encoding: .utf8).split(separator: " ").prefix(2)
        try Data("[127.0.0.1]:\(server.port) \(otherKey.joined(separator: " "))\n".utf8).write(to: knownHosts)

        let run = try ExternalTool.run(
            LocalSSHServer.sftp, ["-b", "-"] + server.clientOptions(knownHosts: knownHosts) + ["\(server.user)@127.0.0.1"], input: "ls\n")

        #expect(run.status == 255)
        #expect(run.stderr.contains("REMOTE HOST IDENTIFICATION HAS CHANGED"), "\(run)")
        #expect(run.stderr.contains(server.hostKeyFingerprint + "."), "\(run)")
    }

    @Test func sftpIsDeniedWithAKeyTheServerDoesNotKnow() throws {
        let server = try LocalSSHServer()
        defer { server.stop() }
        let other = try Self.newKey()
        defer { TestSupport.cleanUp(other.deletingLastPathComponent()) }

        let run = try ExternalTool.run(
            LocalSSHServer.sftp, ["-b", "-"] + server.clientOptions(identity: other) + ["\(server.user)@127.0.0.1"], input: "ls\n")

        #expect(run.status == 255)
        #expect(run.stderr.contains("\(server.user)@127.0.0.1: Permission denied (publickey)."), "\(run)")
    }

    @Test func rsyncOverSSHUploadsAFile() throws {
        let server = try LocalSSHServer()
        defer { server.stop() }
        let local = try Self.localFile("page\n")
        defer { TestSupport.cleanUp(local.deletingLastPathComponent()) }
        let ssh = ([LocalSSHServer.ssh] + server.clientOptions()).joined(separator: " ")

        let run = try ExternalTool.run(
            Self.rsync, ["-e", ssh, local.path, "\(server.user)@127.0.0.1:\(server.webRoot.path)/index.html"])

        #expect(run.status == 0, "\(run)")
        #expect(try String(contentsOf: server.webRoot.appendingPathComponent("index.html"), encoding: .utf8) == "page\n")
    }

    // MARK: FTPS

    @Test func lftpUploadsOverFTPSWithThePasswordFromTheEnvironment() throws {
        let server = try LocalFTPServer()
        defer { server.stop() }
        let local = try Self.localFile("page\n")
        defer { TestSupport.cleanUp(local.deletingLastPathComponent()) }

        let run = try Self.lftp(server, password: server.password, commands: ["put \(local.path) -o index.html"])

        #expect(run.status == 0, "\(run)")
        #expect(try String(contentsOf: server.webRoot.appendingPathComponent("index.html"), encoding: .utf8) == "page\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: server.webRoot.path) == ["index.html"])
    }

    @Test func lftpSaysTheLoginFailedForAWrongPassword() throws {
        let server = try LocalFTPServer()
        defer { server.stop() }
        let local = try Self.localFile("page\n")
        defer { TestSupport.cleanUp(local.deletingLastPathComponent()) }

        let run = try Self.lftp(server, password: "wrong", commands: ["put \(local.path) -o index.html"])

        #expect(run.status == 1)
        #expect(run.stderr.contains("Login failed: 530 Authentication failed."), "\(run)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: server.webRoot.path).isEmpty)
    }

    @Test func lftpRefusesACertificateItCannotVerify() throws {
        let server = try LocalFTPServer()
        defer { server.stop() }
        let local = try Self.localFile("page\n")
        defer { TestSupport.cleanUp(local.deletingLastPathComponent()) }

        let run = try Self.lftp(server, password: server.password, trustCertificate: false, commands: ["put \(local.path) -o index.html"])

        #expect(run.status == 1)
        #expect(run.stderr.contains("Fatal error: Certificate verification: The certificate is NOT trusted."), "\(run)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: server.webRoot.path).isEmpty)
    }

    // MARK: The servers themselves

    @Test func stoppingEndsTheServerAndRemovesItsFolder() throws {
        let ssh = try LocalSSHServer()
        let ftp = try LocalFTPServer()
        #expect(ssh.isRunning && ftp.isRunning)
        let pidFile = try String(contentsOf: ssh.folder.appendingPathComponent("sshd.pid"), encoding: .utf8)
        let sshdPid = try #require(Int32(pidFile.trimmingCharacters(in: .newlines)))

        ssh.stop()
        ftp.stop()

        #expect(!ssh.isRunning && !ftp.isRunning)
        #expect(kill(sshdPid, 0) == -1 && errno == ESRCH, "sshd \(sshdPid) is still running")
        #expect(!FileManager.default.fileExists(atPath: ssh.folder.path))
        #expect(!FileManager.default.fileExists(atPath: ftp.folder.path))
    }

    @Test func serversStartedTogetherHaveTheirOwnPortsAndFolders() throws {
        let servers = try (0..<3).map { _ in try LocalSSHServer() }
        defer { for server in servers { server.stop() } }
        let ftpServers = try (0..<3).map { _ in try LocalFTPServer() }
        defer { for server in ftpServers { server.stop() } }

        let ports = servers.map(\.port) + ftpServers.map(\.port)
        let folders = servers.map(\.folder) + ftpServers.map(\.folder)
        #expect(Set(ports).count == 6)
        #expect(Set(folders).count == 6)
        #expect(Set(ftpServers.map(\.password)).count == 3)
        #expect(servers.allSatisfy(\.isRunning) && ftpServers.allSatisfy(\.isRunning))
    }

    // MARK: Helpers

    /// A file in a new temporary folder (the caller removes the folder).
    static func localFile(_ text: String) throws -> URL {
        let file = TestSupport.temporaryDirectory().appendingPathComponent("page.html")
        try Data(text.utf8).write(to: file)
        return file
    }

    /// A new ed25519 key (and its `.pub`) in a new temporary folder (the caller removes the folder).
    static func newKey() throws -> URL {
        let key = TestSupport.temporaryDirectory().appendingPathComponent("key")
        try ExternalTool.output(LocalSSHServer.sshKeygen, ["-q", "-t", "ed25519", "-N", "", "-f", key.path])
        return key
    }

    /// Runs `commands` with `lftp -f` after opening the server over FTPS;
    /// the script is private to the user (mode 0600), the password only in
    /// the environment. Failures end the script, and retries are bounded.
    static func lftp(_ server: LocalFTPServer, password: String, trustCertificate: Bool = true, commands: [String]) throws -> ExternalTool.Run {
        let folder = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(folder) }
        var lines = [
            "set cmd:fail-exit yes",
            "set net:max-retries 2",
            "set net:reconnect-interval-base 1",
            "set net:timeout 10",
            "set ftp:ssl-force true",
            "set ftp:ssl-protect-data true",
            "set xfer:use-temp-file yes",
        ]
        if trustCertificate { lines.append("set ssl:ca-file \(server.certificate.path)") }
        lines.append("open --env-password -u \(server.user) ftp://127.0.0.1:\(server.port)")
        let script = folder.appendingPathComponent("deploy.lftp")
        try Data((lines + commands).joined(separator: "\n").appending("\n").utf8).write(to: script)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: script.path)
        return try ExternalTool.run(lftp, ["-f", script.path], environment: ["LFTP_PASSWORD": password])
    }
}

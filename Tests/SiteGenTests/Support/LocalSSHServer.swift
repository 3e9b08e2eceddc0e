import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An OpenSSH server on 127.0.0.1, for the tests of `sitegen deploy` with
/// the real `sftp`, `ssh` and `rsync`. Everything it needs (host key, the
/// client's key, the authorised keys, its configuration) is made in a fresh
/// temporary folder, and it lets in the current user with `clientKey` only.
///
/// Call `stop()` in a `defer` right after making it; it also stops when it is
/// released, and its sshd ends with the test process even after a crash.
final class LocalSSHServer: Sendable {
    static let sshd = "/usr/sbin/sshd"
    static let ssh = "/usr/bin/ssh"
    static let sftp = "/usr/bin/sftp"
    static let sshKeygen = "/usr/bin/ssh-keygen"

    struct StartFailure: Error, CustomStringConvertible {
        var description: String
    }

    /// Whether OpenSSH's server and client are installed (CI installs them).
    static var isAvailable: Bool {
        [sshd, ssh, sftp, sshKeygen].allSatisfy { FileManager.default.isExecutableFile(atPath: $0) }
    }

    let port: Int
    /// The current user's name: the one the server lets in.
    let user: String
    let clientKey: URL
    /// A known_hosts file that names this server's host key.
    let knownHosts: URL
    /// A known_hosts file that names nothing, for the "unknown host" tests.
    let emptyKnownHosts: URL
    /// The empty "remote folder" that deploys publish to.
    let webRoot: URL
    /// `SHA256:...`, as `ssh-keygen -lf` and ssh's messages show it.
    let hostKeyFingerprint: String
    let folder: URL
    private let server: ServerProcess

    init() throws {
        guard Self.isAvailable else {
            throw StartFailure(
                description: "OpenSSH is missing (\(Self.sshd), \(Self.ssh), \(Self.sftp)): install openssh-server and openssh-client")
        }
        let folder = TestSupport.temporaryDirectory()
        do {
            let webRoot = folder.appendingPathComponent("www")
            try FileManager.default.createDirectory(at: webRoot, withIntermediateDirectories: true)
            let hostKey = folder.appendingPathComponent("hostkey")
            let clientKey = folder.appendingPathComponent("client_key")
            try ExternalTool.output(Self.sshKeygen, ["-q", "-t", "ed25519", "-N", "", "-C", "sitegen-test-host", "-f", hostKey.path])
            try ExternalTool.output(Self.sshKeygen, ["-q", "-t", "ed25519", "-N", "", "-C", "sitegen-test-client", "-f", clientKey.path])
            let authorizedKeys = folder.appendingPathComponent("authorized_keys")
            try FileManager.default.copyItem(at: clientKey.appendingPathExtension("pub"), to: authorizedKeys)
            // "256 SHA256:... comment (ED25519)"
            let listing = try ExternalTool.output(Self.sshKeygen, ["-lf", hostKey.appendingPathExtension("pub").path])
            guard let fingerprint = listing.split(separator: " ").first(where: { $0.hasPrefix("SHA256:") }).map(String.init) else {
                throw StartFailure(description: "ssh-keygen -lf gave no SHA256 fingerprint: \(listing)")
            }

            let (port, server) = try Self.start(in: folder, hostKey: hostKey, authorizedKeys: authorizedKeys)
            let publicHostKey = try String(contentsOf: hostKey.appendingPathExtension("pub"), encoding: .utf8)
                .split(separator: " ").prefix(2).joined(separator: " ")
            let knownHosts = folder.appendingPathComponent("known_hosts")
            try Data("[127.0.0.1]:\(port) \(publicHostKey)\n".utf8).write(to: knownHosts)
            let emptyKnownHosts = folder.appendingPathComponent("empty_known_hosts")
            try Data().write(to: emptyKnownHosts)

            self.port = port
            self.user = Self.currentUser
            self.clientKey = clientKey
            self.knownHosts = knownHosts
            self.emptyKnownHosts = emptyKnownHosts
            self.webRoot = webRoot
            self.hostKeyFingerprint = fingerprint
            self.folder = folder
            self.server = server
        } catch {
            TestSupport.cleanUp(folder)
            throw error
        }
    }

    deinit {
        stop()
    }

    /// Stops sshd (waiting until it has ended) and removes the folder.
    func stop() {
        server.stop()
        TestSupport.cleanUp(folder)
    }

    var isRunning: Bool { server.isRunning }

    /// Options for `ssh`, `sftp` and rsync's `-e ssh` that reach this server
    /// and trust only the host key in `knownHosts` (or none, with
    /// `emptyKnownHosts`), with `identity` as the only key offered.
    func clientOptions(knownHosts: URL? = nil, identity: URL? = nil) -> [String] {
        [
            "-F", "/dev/null",
            "-o", "Port=\(port)",
            "-o", "BatchMode=yes",
            "-o", "StrictHostKeyChecking=yes",
            "-o", "UserKnownHostsFile=\((knownHosts ?? self.knownHosts).path)",
            "-o", "IdentitiesOnly=yes",
            "-o", "ConnectTimeout=10",
            "-i", (identity ?? clientKey).path,
        ]
    }

    // MARK: Starting sshd

    private static let startTimeout: TimeInterval = 10

    /// Starts sshd on a port that was free a moment ago; another process may
    /// take it meanwhile, so a failure to bind is tried again on another.
    private static func start(in folder: URL, hostKey: URL, authorizedKeys: URL) throws -> (Int, ServerProcess) {
        try preparePrivilegeSeparationFolder()
        let deadline = Date().addingTimeInterval(startTimeout)
        let config = folder.appendingPathComponent("sshd_config")
        let pidFile = folder.appendingPathComponent("sshd.pid")
        var attempts: [String] = []
        while attempts.count < 5, Date() < deadline {
            // Bound then released: free now, with no listener left on it.
            let port = try LocalHTTPServer.withRefusingPort { $0 }
            try Data(configuration(port: port, hostKey: hostKey, authorizedKeys: authorizedKeys, pidFile: pidFile).utf8).write(to: config)
            try? FileManager.default.removeItem(at: pidFile)
            let server = try ServerProcess(
                executable: "/bin/sh", arguments: ["-c", watchdogScript, "sitegen-sshd", sshd, config.path],
                log: folder.appendingPathComponent("sshd.log"))
            // sshd writes its pid file once it listens.
            while Date() < deadline, server.isRunning, !hasPid(pidFile) { usleep(20_000) }
            if server.isRunning, hasPid(pidFile) { return (port, server) }
            let ended = !server.isRunning
            server.stop()
            let log = server.logText
            let silence = ended ? "sshd ended without a word" : "no pid file within \(Int(startTimeout)) s"
            attempts.append("port \(port): \(log.isEmpty ? silence : log)")
            guard log.contains("Address already in use") else { break }
        }
        throw StartFailure(description: "sshd did not start (\(sshd) -D -e -f \(config.path)):\n" + attempts.joined(separator: "\n"))
    }

    private static func hasPid(_ pidFile: URL) -> Bool {
        ((try? String(contentsOf: pidFile, encoding: .utf8)) ?? "").hasSuffix("\n")
    }

    private static func configuration(port: Int, hostKey: URL, authorizedKeys: URL, pidFile: URL) -> String {
        """
        ListenAddress 127.0.0.1
        Port \(port)
        HostKey "\(hostKey.path)"
        PidFile "\(pidFile.path)"
        AuthorizedKeysFile "\(authorizedKeys.path)"
        UsePAM no
        StrictModes no
        PasswordAuthentication no
        KbdInteractiveAuthentication no
        PermitRootLogin prohibit-password
        Subsystem sftp internal-sftp
        PrintMotd no
        LogLevel ERROR

        """
    }

    /// Run by `/bin/sh -c`, with sshd and its configuration as $1 and $2:
    /// sshd in the foreground, stopped when this shell gets SIGTERM or when
    /// its standard input (a pipe from the test process) closes. The shell
    /// gives a background job /dev/null as its standard input, so the
    /// watcher reads the pipe as fd 3.
    private static let watchdogScript = #"""
        "$1" -D -e -f "$2" </dev/null &
        sshd=$!
        trap 'kill $sshd 2>/dev/null' TERM
        exec 3<&0
        { cat <&3 >/dev/null; kill $sshd 2>/dev/null; } &
        exec 3<&-
        while kill -0 $sshd 2>/dev/null; do wait $sshd; done
        """#

    /// As root, sshd needs its empty privilege separation folder, which a
    /// container where sshd never ran as a service lacks.
    private static func preparePrivilegeSeparationFolder() throws {
        guard geteuid() == 0 else { return }
        let folder = "/run/sshd"
        guard !FileManager.default.fileExists(atPath: folder) else { return }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
    }

    private static var currentUser: String {
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return ProcessInfo.processInfo.environment["USER"] ?? "root"
    }
}

import Foundation

/// An FTP server with explicit TLS (FTPS, `AUTH TLS`) on 127.0.0.1, for the
/// tests of `sitegen deploy` with the real `lftp`: pyftpdlib under Debian's
/// own Python, one user with a random password whose home is `webRoot`, and
/// a self-signed certificate for 127.0.0.1 and localhost. TLS is offered,
/// not required, so plain `ftp://` targets can be tested too.
///
/// Call `stop()` in a `defer` right after making it; it also stops when it is
/// released, and the server ends with the test process even after a crash.
final class LocalFTPServer: Sendable {
    /// Debian's Python, which has python3-pyftpdlib and python3-openssl; the
    /// first `python3` on PATH may be another one without them.
    static let python = "/usr/bin/python3"
    static let openssl = "/usr/bin/openssl"

    struct StartFailure: Error, CustomStringConvertible {
        var description: String
    }

    /// Whether Debian's Python and openssl are installed (whether pyftpdlib
    /// is, starting the server says).
    static var isAvailable: Bool {
        [python, openssl].allSatisfy { FileManager.default.isExecutableFile(atPath: $0) }
    }

    let port: Int
    let user = "deploy"
    /// New for every server.
    let password: String
    /// The user's home: the empty "remote folder" that deploys publish to.
    let webRoot: URL
    /// The server's certificate (PEM), for lftp's `ssl:ca-file`.
    let certificate: URL
    let folder: URL
    private let server: ServerProcess

    private static let startTimeout: TimeInterval = 10

    init() throws {
        guard Self.isAvailable else {
            throw StartFailure(description: "\(Self.python) or \(Self.openssl) is missing: install python3-pyftpdlib, python3-openssl and openssl")
        }
        let folder = TestSupport.temporaryDirectory()
        do {
            let webRoot = folder.appendingPathComponent("www")
            try FileManager.default.createDirectory(at: webRoot, withIntermediateDirectories: true)
            let certificate = folder.appendingPathComponent("certificate.pem")
            let key = folder.appendingPathComponent("key.pem")
            try ExternalTool.output(
                Self.openssl,
                [
                    "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost", "-keyout", key.path, "-out", certificate.path,
                ])
            let script = folder.appendingPathComponent("ftp_server.py")
            try Data(Self.pythonScript.utf8).write(to: script)
            let password = UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()

            let deadline = Date().addingTimeInterval(Self.startTimeout)
            // The password goes in the environment: a command line is visible to every user.
            let server = try ServerProcess(
                executable: Self.python, arguments: [script.path, certificate.path, key.path, webRoot.path],
                environment: ["SITEGEN_FTP_USER": user, "SITEGEN_FTP_PASSWORD": password, "PYTHONDONTWRITEBYTECODE": "1"],
                log: folder.appendingPathComponent("ftp_server.log"))
            guard let line = server.firstLine(before: deadline), let port = Int(line) else {
                server.stop()
                let log = server.logText
                throw StartFailure(
                    description: "the FTP server did not start (\(Self.python) \(script.path)): "
                        + (log.isEmpty ? "no port within \(Int(Self.startTimeout)) s" : log))
            }

            self.port = port
            self.password = password
            self.webRoot = webRoot
            self.certificate = certificate
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

    /// Stops the server (waiting until it has ended) and removes the folder.
    func stop() {
        server.stop()
        TestSupport.cleanUp(folder)
    }

    var isRunning: Bool { server.isRunning }

    /// The server: arguments are the certificate, its key and the user's
    /// home; it prints the port it listens on, then serves until its
    /// standard input closes or it gets SIGTERM.
    private static let pythonScript = #"""
        import logging, os, sys, threading
        from pyftpdlib.authorizers import DummyAuthorizer
        from pyftpdlib.handlers import TLS_FTPHandler
        from pyftpdlib.servers import FTPServer

        certificate, key, home = sys.argv[1], sys.argv[2], sys.argv[3]
        logging.basicConfig(level=logging.WARNING, stream=sys.stderr)

        authorizer = DummyAuthorizer()
        authorizer.add_user(os.environ["SITEGEN_FTP_USER"], os.environ["SITEGEN_FTP_PASSWORD"], home, perm="elradfmwMT")

        class Handler(TLS_FTPHandler):
            pass

        Handler.authorizer = authorizer
        Handler.certfile = certificate
        Handler.keyfile = key
        Handler.tls_control_required = False
        Handler.tls_data_required = False
        # pyftpdlib waits 3 s after a wrong password; the tests try wrong ones on purpose.
        Handler.auth_failed_timeout = 0
        Handler.banner = "sitegen test FTP server"

        server = FTPServer(("127.0.0.1", 0), Handler)
        print(server.socket.getsockname()[1], flush=True)

        def end_with_the_test_process():
            sys.stdin.buffer.read()
            os._exit(0)

        threading.Thread(target=end_with_the_test_process, daemon=True).start()
        server.serve_forever(handle_exit=False)
        """#
}

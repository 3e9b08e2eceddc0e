import Foundation

/// rsync with releases: each deploy fills a new folder beside the previous
/// ones, then one rename switches the site's folder, a symbolic link, to it.
/// Visitors see the old site until that instant and the whole new one
/// after it; an interrupted deploy never touches what they see, and the
/// versions kept allow going back by pointing the link at an older one.
///
/// ```
/// www                        -> www.sitegen-releases/20261203-230025
/// www.sitegen-releases/
///     20261203-221510/       the previous version
///     20261203-230025/       the current one
/// ```
/// A new version starts as a copy of the current one made of hard links
/// (`cp -al`, no file is copied), so the host's own files in it (an
/// `.htaccess`) carry over, and the usual plan runs in it: only changed
/// files are sent (rsync writes each under a temporary name, which breaks
/// the link instead of changing the older version's file).
struct ReleasesTransport: DeployTransport {
    let connection: SSHConnection
    let workspace: DeployWorkspace
    let runner: ToolRunner
    let keep: Int
    /// `20261203-230025-042`: versions sort by name in the order they were made.
    let release: String

    init(connection: SSHConnection, workspace: DeployWorkspace, runner: ToolRunner, keep: Int, now: Date) {
        self.connection = connection
        self.workspace = workspace
        self.runner = runner
        self.keep = keep
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd-HHmmss-SSS"
        release = formatter.string(from: now)
    }

    private var target: DeployTarget { connection.target }
    private var folder: String { target.folder.hasSuffix("/") ? String(target.folder.dropLast()) : target.folder }
    private var base: String { folder.split(separator: "/").last.map(String.init) ?? folder }
    private var parent: String {
        let parts = folder.split(separator: "/").dropLast()
        return (folder.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
    }
    private var releasesName: String { "\(base).sitegen-releases" }
    private func inParent(_ name: String) -> String { parent.isEmpty ? name : parent.hasSuffix("/") ? parent + name : "\(parent)/\(name)" }
    private var releasesFolder: String { inParent(releasesName) }

    private func quoted(_ path: String) -> String { SSHConnection.shellQuoted(path) }

    private var inner: RsyncTransport {
        var next = target
        next.folder = "\(releasesFolder)/\(release)"
        return RsyncTransport(connection: connection.with(target: next), workspace: workspace, runner: runner)
    }

    func readRecord() throws -> Data? {
        let state = try connection.execute(
            "if [ -L \(quoted(folder)) ]; then echo link; elif [ -e \(quoted(folder)) ]; then echo folder; else echo missing; fi",
            while: "looking at \(folder)"
        ).output.trimmingCharacters(in: .whitespacesAndNewlines)
        switch state {
        case "missing":
            return nil
        case "link":
            return try RsyncTransport(connection: connection, workspace: workspace, runner: runner).readRecord()
        default:
            throw DeployError(
                "\(folder) on \(target.host) is a folder, and with `releases:` it must be a link that sitegen switches. Nothing was sent.",
                details: [
                    "sitegen does not move a folder it did not make. To publish with releases, move it aside on the host (mv \(folder) \(folder).before),",
                    "point your web server at \(folder) (with FollowSymLinks for Apache), and deploy again; or remove `releases:` to update the folder in place.",
                ])
        }
    }

    func carryOut(_ steps: [DeployStep], done: @escaping @Sendable (DeployStep) -> Void) throws {
        let next = "\(releasesFolder)/\(release)"
        // Every complete version was the current one once, and versions sort
        // by time: one newer than the current is what a cut-off deploy left.
        let current =
            try connection.execute("readlink \(quoted(folder)) || true", while: "reading where \(folder) leads")
            .output.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "/").last.map(String.init) ?? ""
        let abandoned = try versions().filter { $0 > current }
        if !abandoned.isEmpty {
            _ = try connection.execute(
                "rm -rf " + abandoned.map { quoted("\(releasesFolder)/\($0)") }.joined(separator: " "), while: "removing an unfinished version")
        }
        // The new version starts as the current one, in hard links.
        _ = try connection.execute(
            "mkdir -p \(quoted(releasesFolder)) && if [ -L \(quoted(folder)) ]; then cp -al \(quoted(folder + "/.")) \(quoted(next)); else mkdir \(quoted(next)); fi",
            while: "preparing the new version")
        try inner.carryOut(steps, done: done)
    }

    /// The switch, then the versions beyond `keep` go (all of them sitegen's own, named by it).
    func publish(message: String) throws {
        let link = "\(releasesName)/\(release)"
        let staged = inParent(".\(base).sitegen-next")
        _ = try connection.execute(
            "ln -sfn \(quoted(link)) \(quoted(staged)) && mv -fT \(quoted(staged)) \(quoted(folder))", while: "switching \(folder) to the new version"
        )
        let old = try versions().filter { $0 != release }.dropLast(max(0, keep - 1))
        if !old.isEmpty {
            _ = try connection.execute(
                "rm -rf " + old.map { quoted("\(releasesFolder)/\($0)") }.joined(separator: " "), while: "removing old versions")
        }
    }

    /// The versions on the host, oldest first: only folders named as sitegen names them.
    private func versions() throws -> [String] {
        let listed = try connection.execute("ls -1 \(quoted(releasesFolder)) 2>/dev/null || true", while: "listing the versions kept").output
        return listed.split(separator: "\n").map(String.init)
            .filter { $0.range(of: #"^[0-9]{8}-[0-9]{6}-[0-9]{3}$"#, options: .regularExpression) != nil }.sorted()
    }

    func close() { connection.close() }
}

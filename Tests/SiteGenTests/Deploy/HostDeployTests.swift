import Foundation
import Testing

@testable import SiteGenDeploy

/// `sitegen deploy` to real servers started on 127.0.0.1: OpenSSH's sshd
/// (sftp and rsync) and an FTPS server (pyftpdlib), each deploy run by the
/// `sitegen` binary as an owner runs it, and the host's folder compared
/// with what `sitegen build` makes.
@Suite("Deploy: SSH and FTP hosts", .serialized)
struct HostDeployTests {
    /// One kind of host: its server, the deploy.yml that reaches it, and the
    /// folder the site lands in.
    final class Host {
        let kind: DeployKind
        let ssh: LocalSSHServer?
        let ftp: LocalFTPServer?

        init(_ kind: DeployKind) throws {
            self.kind = kind
            ssh = kind.usesSSH ? try LocalSSHServer() : nil
            ftp = kind.usesFTP ? try LocalFTPServer() : nil
        }

        func stop() {
            ssh?.stop()
            ftp?.stop()
        }

        var root: URL { ssh?.webRoot ?? ftp!.webRoot }
        /// The site's folder on the host, inside its web root, beside the host's own files.
        var folder: URL { root.appendingPathComponent("www") }
        var environment: [String: String] { ftp.map { ["TEST_FTP_PASSWORD": $0.password] } ?? [:] }

        /// A target named `name`; `extra` lines are added to its settings.
        func target(_ name: String, knownHosts: URL? = nil, extra: [String] = []) -> String {
            var lines = ["  \(name):", "    kind: \(kind.rawValue)", "    host: 127.0.0.1"]
            if let ssh {
                lines += [
                    "    port: \(ssh.port)", "    user: \(ssh.user)", "    folder: \(folder.path)", "    key: \(ssh.clientKey.path)",
                    "    known_hosts: \((knownHosts ?? ssh.knownHosts).path)",
                ]
            }
            if let ftp {
                // pyftpdlib's user sees its web root as /.
                lines += ["    port: \(ftp.port)", "    user: \(ftp.user)", "    folder: www", "    password_variable: TEST_FTP_PASSWORD"]
                // Plain FTP has no certificate to check.
                if kind == .ftps { lines.append("    certificate_authority: \(ftp.certificate.path)") }
            }
            return (lines + extra.map { "    \($0)" }).joined(separator: "\n")
        }

        var deployYML: String {
            var targets = [target("host"), target("slow", extra: ["speed_limit: 100 KB/s"])]
            if let ssh { targets.append(target("stranger", knownHosts: ssh.emptyKnownHosts)) }
            return "targets:\n" + targets.joined(separator: "\n") + "\n"
        }

        /// The host's files that sitegen published, by path.
        func published() -> [String: Data] {
            DeployTestSite.files(in: folder).filter { !Self.foreign.keys.contains($0.key) && $0.key != DeployRecord.fileName }
        }

        /// Files of the host's own, which no deploy may touch.
        static let foreign: [String: String] = [
            ".htaccess": "RewriteEngine On\n", "webmail/index.php": "<?php // roundcube\n",
            "actualites/conges-d-ete/notes.txt": "the owner's notes, in a folder of the site\n",
        ]

        func addForeignFiles() throws {
            for (path, text) in Self.foreign {
                let url = folder.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url)
            }
        }

        func foreignFilesAreIntact() -> Bool {
            Self.foreign.allSatisfy { (try? Data(contentsOf: folder.appendingPathComponent($0.key))) == Data($0.value.utf8) }
        }
    }

    static let kinds: [DeployKind] = [.sftp, .rsync, .ftps]

    /// A server of `kind` and a copy of the example site with a deploy.yml
    /// for it (`yml`, or the host's usual targets); the caller stops both.
    static func prepare(_ kind: DeployKind, yml: ((Host) -> String)? = nil) throws -> (Host, DeployTestSite) {
        let host = try Host(kind)
        do {
            let site = try DeployTestSite(deployYML: yml?(host) ?? host.deployYML)
            return (host, site)
        } catch {
            host.stop()
            throw error
        }
    }

    @Test(arguments: kinds)
    func firstDeployAChangedPageARemovedPageAndADryRunKeepingTheHostsOwnFiles(_ kind: DeployKind) throws {
        let (host, site) = try Self.prepare(kind)
        defer {
            host.stop()
            site.cleanUp()
        }
        try host.addForeignFiles()

        let first = try site.deploy(environment: host.environment)
        #expect(first.status == 0, "\(first.stdout)\(first.stderr)")
        var expected = try site.built()
        #expect(DeployTestSite.uploadedCount(first.stdout) == expected.count, "\(first.stdout)")
        #expect(DeployTestSite.differences(host.published(), expected).isEmpty, "\(DeployTestSite.differences(host.published(), expected))")
        #expect(host.foreignFilesAreIntact())

        try site.changeOnePage()
        let second = try site.deploy(["--verbose"], environment: host.environment)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(DeployTestSite.uploadedCount(second.stdout) == 1, "only the changed page is sent: \(second.stdout)")
        #expect(second.stdout.contains("uploaded  \(DeployTestSite.changedPage)"))
        expected = try site.built()
        #expect(DeployTestSite.differences(host.published(), expected).isEmpty, "\(DeployTestSite.differences(host.published(), expected))")

        try site.removeOnePage()
        let before = host.published()
        let dry = try site.deploy(["--dry-run"], environment: host.environment)
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("would remove  \(DeployTestSite.removedPage)"), "\(dry.stdout)")
        #expect(dry.stdout.contains("nothing was changed"))
        #expect(DeployTestSite.differences(host.published(), before).isEmpty, "a dry run changes nothing")

        let third = try site.deploy(["--verbose"], environment: host.environment)
        #expect(third.status == 0, "\(third.stderr)")
        #expect(third.stdout.contains("removed   \(DeployTestSite.removedPage)"), "\(third.stdout)")
        expected = try site.built()
        #expect(DeployTestSite.differences(host.published(), expected).isEmpty, "\(DeployTestSite.differences(host.published(), expected))")
        #expect(host.foreignFilesAreIntact(), "the host's own files stay, and so does the folder that holds one")

        let again = try site.deploy(environment: host.environment)
        #expect(again.stdout.contains("Deployed to host: nothing changed"), "\(again.stdout)")
        let partials = DeployTestSite.files(in: host.folder).keys.filter { $0.hasSuffix(".sitegen-part") }
        #expect(partials.isEmpty)
    }

    /// A deploy killed (SIGKILL, with the tools it started) while it sends
    /// a whole new version of the site: every file the host serves is whole,
    /// the old version or the new one, and the next deploy finishes the job.
    @Test(arguments: kinds)
    func aDeployKilledMidwayLeavesWholeFilesAndTheNextOneFinishes(_ kind: DeployKind) throws {
        let (host, site) = try Self.prepare(kind)
        defer {
            host.stop()
            site.cleanUp()
        }
        #expect(try site.deploy(environment: host.environment).status == 0)
        let old = try site.built()

        // A new telephone number changes every page, and a new 1.5 MB
        // brochure goes first; the slow target sends 100 KB a second.
        let config = site.site.appendingPathComponent("site.yml")
        let text = try String(contentsOf: config, encoding: .utf8)
        let changed = text.replacingOccurrences(of: "+33 2 99 12 34 56", with: "+33 2 99 12 34 57")
        #expect(changed != text)
        try changed.write(to: config, atomically: true, encoding: .utf8)
        try Data((0..<1_500_000).map { _ in UInt8.random(in: 0...255) }).write(to: site.site.appendingPathComponent("static/brochure.pdf"))
        let new = try site.built()
        #expect(new.filter { old[$0.key] != $0.value }.count > 20)

        let process = try site.start(["slow"], environment: host.environment)
        // Until some of the new version has arrived (rsync holds its files
        // back until a wave is complete: for it, until its record is written).
        let record = host.folder.appendingPathComponent(DeployRecord.fileName)
        let deadline = Date(timeIntervalSinceNow: 60)
        let started = { (try? Data(contentsOf: record)).map { String(decoding: $0, as: UTF8.self).contains("\"\"") } ?? false }
        while !started() && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        Thread.sleep(forTimeInterval: 1.5)
        DeployTestSite.killTree(process.processIdentifier)
        process.waitUntilExit()
        #expect(started(), "the deploy never began to send")

        // The server's side of a cut connection (rsync's receiver, an FTP
        // server's upload) ends on its own a moment later: read the folder
        // once it has stopped changing.
        var served = host.published()
        for _ in 0..<20 {
            Thread.sleep(forTimeInterval: 0.5)
            let now = host.published()
            if now == served { break }
            served = now
        }
        for (path, bytes) in served where !path.hasSuffix(".sitegen-part") && !path.contains(".~tmp~") {
            #expect(bytes == old[path] || bytes == new[path], "\(path) is neither the old nor the new version")
        }
        #expect(old.keys.filter { served[$0] == nil }.isEmpty, "every file of the old site is still there: \(old.keys.filter { served[$0] == nil })")

        let next = try site.deploy(environment: host.environment)
        #expect(next.status == 0, "\(next.stderr)")
        let sent = DeployTestSite.uploadedCount(next.stdout) ?? 0
        #expect(sent > 0 && sent <= new.count, "\(next.stdout)")
        let arrived = host.published().filter { !$0.key.hasSuffix(".sitegen-part") && !$0.key.contains(".~tmp~") }
        #expect(DeployTestSite.differences(arrived, new).isEmpty, "\(DeployTestSite.differences(arrived, new))")
        let leftovers = DeployTestSite.files(in: host.folder).keys.filter { $0.hasSuffix(".sitegen-part") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test(arguments: [DeployKind.sftp, .rsync])
    func anUnknownHostKeyIsRefusedWithItsFingerprintAndNothingIsSent(_ kind: DeployKind) throws {
        let (host, site) = try Self.prepare(kind)
        defer {
            host.stop()
            site.cleanUp()
        }
        let result = try site.deploy(["stranger"])
        #expect(result.status == 3)
        #expect(result.stderr.contains("is not among your known SSH hosts"), "\(result.stderr)")
        #expect(result.stderr.contains(host.ssh!.hostKeyFingerprint), "the message shows the key's fingerprint: \(result.stderr)")
        #expect(result.stderr.contains("ssh-keyscan -p \(host.ssh!.port) 127.0.0.1 >> \(host.ssh!.emptyKnownHosts.path)"))
        #expect(!FileManager.default.fileExists(atPath: host.folder.path), "nothing reached the host")
    }

    @Test func aWrongFTPPasswordIsRefusedWithoutShowingItAndNothingIsSent() throws {
        let (host, site) = try Self.prepare(.ftps)
        defer {
            host.stop()
            site.cleanUp()
        }
        let wrong = "Wr0ng-\(UUID().uuidString.prefix(8))"
        let result = try site.deploy(environment: ["TEST_FTP_PASSWORD": wrong])
        #expect(result.status == 3)
        #expect(result.stderr.contains("refused the user \(host.ftp!.user) and its password. Nothing was sent."), "\(result.stderr)")
        #expect(!(result.stdout + result.stderr).contains(wrong), "a password is never printed")
        #expect(!FileManager.default.fileExists(atPath: host.folder.path))

        let missing = try site.deploy(environment: ["TEST_FTP_PASSWORD": ""])
        #expect(missing.status == 3)
        #expect(missing.stderr.contains("no password for \(host.ftp!.user) at 127.0.0.1"), "\(missing.stderr)")
    }

    @Test func plainFTPWorksAndIsWarnedAbout() throws {
        let (host, site) = try Self.prepare(.ftp) { "targets:\n" + $0.target("host") + "\n" }
        defer {
            host.stop()
            site.cleanUp()
        }
        let result = try site.deploy(environment: host.environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("warning: host is plain FTP"), "\(result.stderr)")
        let built = try site.built()
        #expect(DeployTestSite.differences(host.published(), built).isEmpty, "\(DeployTestSite.differences(host.published(), built))")
    }

    /// rsync with `releases: 2`: each deploy fills a new folder and switches
    /// the site's folder, a link, to it in one rename.
    @Test func releasesSwitchALinkKeepTheHostsFilesAndTheVersionsAsked() throws {
        let (host, site) = try Self.prepare(.rsync) { host in
            "targets:\n" + host.target("host", extra: ["releases: 2"]) + "\n"
                + host.target("slow", extra: ["releases: 2", "speed_limit: 100 KB/s"]) + "\n"
        }
        defer {
            host.stop()
            site.cleanUp()
        }
        let releases = host.root.appendingPathComponent("www.sitegen-releases")
        func current() throws -> String { try FileManager.default.destinationOfSymbolicLink(atPath: host.folder.path) }
        func versions() -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: releases.path)) ?? []).sorted() }

        let first = try site.deploy(environment: host.environment)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(try current().hasPrefix("www.sitegen-releases/"))
        let firstBuild = try site.built()
        #expect(DeployTestSite.differences(host.published(), firstBuild).isEmpty)
        try Data("RewriteEngine On\n".utf8).write(to: host.folder.appendingPathComponent(".htaccess"))
        let firstVersion = try current()

        try site.changeOnePage()
        let second = try site.deploy(environment: host.environment)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(DeployTestSite.uploadedCount(second.stdout) == 1, "\(second.stdout)")
        #expect(try current() != firstVersion)
        #expect(DeployTestSite.differences(host.published(), try site.built()).isEmpty)
        #expect(FileManager.default.fileExists(atPath: host.folder.appendingPathComponent(".htaccess").path), "the host's own file carries over")
        let previous = host.root.appendingPathComponent(firstVersion).appendingPathComponent(DeployTestSite.changedPage)
        #expect(try Data(contentsOf: previous) == firstBuild[DeployTestSite.changedPage], "the previous version is kept as it was")

        try site.changeOnePage()
        #expect(try site.deploy(environment: host.environment).status == 0)
        #expect(versions().count == 2, "\(versions())")
        #expect(!versions().contains(String(firstVersion.dropFirst("www.sitegen-releases/".count))))

        // Cut off: what visitors see does not move.
        let before = try current()
        let served = host.published()
        try Data((0..<1_500_000).map { _ in UInt8.random(in: 0...255) }).write(to: site.site.appendingPathComponent("static/brochure.pdf"))
        let process = try site.start(["slow"])
        let deadline = Date(timeIntervalSinceNow: 60)
        while versions().count < 3 && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        Thread.sleep(forTimeInterval: 1.5)
        DeployTestSite.killTree(process.processIdentifier)
        process.waitUntilExit()
        #expect(versions().count == 3, "the cut-off deploy had begun a version of its own")
        #expect(try current() == before)
        #expect(DeployTestSite.differences(host.published(), served).isEmpty, "visitors still get the same site")
        let next = try site.deploy(environment: host.environment)
        #expect(next.status == 0, "\(next.stderr)")
        #expect(DeployTestSite.differences(host.published(), try site.built()).isEmpty)
        #expect(versions().count == 2, "the unfinished version is removed: \(versions())")
        #expect(versions().contains(String(before.dropFirst("www.sitegen-releases/".count))), "the last complete version is the one kept")
    }

    @Test func releasesRefuseAFolderSitegenDidNotMake() throws {
        let (host, site) = try Self.prepare(.rsync) { "targets:\n" + $0.target("host", extra: ["releases: 3"]) + "\n" }
        defer {
            host.stop()
            site.cleanUp()
        }
        try FileManager.default.createDirectory(at: host.folder, withIntermediateDirectories: true)
        try Data("<h1>Ancien site</h1>".utf8).write(to: host.folder.appendingPathComponent("index.html"))
        let result = try site.deploy(environment: host.environment)
        #expect(result.status == 3)
        #expect(
            result.stderr.contains("is a folder, and with `releases:` it must be a link that sitegen switches. Nothing was sent."), "\(result.stderr)"
        )
        #expect(try Data(contentsOf: host.folder.appendingPathComponent("index.html")) == Data("<h1>Ancien site</h1>".utf8))
    }
}

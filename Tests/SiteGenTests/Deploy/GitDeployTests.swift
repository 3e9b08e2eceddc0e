import Foundation
import Synchronization
import Testing

/// `sitegen deploy` to a branch of a bare git repository on this machine,
/// as to GitHub Pages: one commit per deploy, the host's own files kept.
@Suite("Deploy: a git branch")
struct GitDeployTests {
    static func git(_ arguments: [String]) throws -> String {
        let result = try CommandLineTests.run(
            ["-c", "user.name=test", "-c", "user.email=test@example.org"] + arguments, in: URL(fileURLWithPath: "/"),
            binary: URL(fileURLWithPath: "/usr/bin/git"))
        #expect(result.status == 0, "git \(arguments.joined(separator: " ")): \(result.stderr)")
        return result.stdout
    }

    /// A bare repository and a deploy.yml that publishes to its gh-pages branch.
    static func setUp() throws -> (DeployTestSite, URL) {
        let bare = TestSupport.temporaryDirectory().appendingPathComponent("site.git")
        _ = try git(["init", "-q", "--bare", bare.path])
        let site = try DeployTestSite(
            deployYML: """
                targets:
                  pages:
                    kind: git
                    repository: \(bare.path)
                    branch: gh-pages
                """)
        return (site, bare)
    }

    /// The branch's files, as GitHub Pages would publish them.
    static func branch(_ bare: URL) throws -> [String: Data] {
        let checkout = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(checkout) }
        _ = try git(["clone", "-q", "-b", "gh-pages", bare.path, checkout.appendingPathComponent("c").path])
        return DeployTestSite.files(in: checkout.appendingPathComponent("c")).filter { !$0.key.hasPrefix(".git/") }
    }

    static func head(_ bare: URL) throws -> String {
        try git(["-C", bare.path, "rev-parse", "gh-pages"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Commits a file of someone else's (GitHub's CNAME) on the branch.
    static func addForeignFile(to bare: URL) throws {
        let checkout = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(checkout) }
        let work = checkout.appendingPathComponent("c")
        _ = try git(["clone", "-q", "-b", "gh-pages", bare.path, work.path])
        try Data("www.boulangerie-durand.fr\n".utf8).write(to: work.appendingPathComponent("CNAME"))
        _ = try git(["-C", work.path, "add", "CNAME"])
        _ = try git(["-C", work.path, "commit", "-q", "-m", "Custom domain"])
        _ = try git(["-C", work.path, "push", "-q", "origin", "gh-pages"])
    }

    static func sitegenFiles(_ files: [String: Data]) -> [String: Data] {
        files.filter { ![".nojekyll", ".sitegen-deployed.json", "CNAME"].contains($0.key) }
    }

    @Test func firstDeployThenAChangedPageThenARemovedOneKeepingTheHostsOwnFile() throws {
        let (site, bare) = try Self.setUp()
        defer {
            site.cleanUp()
            TestSupport.cleanUp(bare.deletingLastPathComponent())
        }
        let first = try site.deploy()
        #expect(first.status == 0, "\(first.stderr)")
        let expected = try site.built()
        #expect(DeployTestSite.uploadedCount(first.stdout) == expected.count, "\(first.stdout)")
        var published = try Self.branch(bare)
        #expect(DeployTestSite.differences(Self.sitegenFiles(published), expected).isEmpty)
        #expect(published[".nojekyll"] != nil, "GitHub Pages must not run Jekyll over the site")
        let record = try JSONSerialization.jsonObject(with: published[".sitegen-deployed.json"] ?? Data()) as? [String: Any]
        #expect((record?["files"] as? [String: String])?.count == expected.count)

        try Self.addForeignFile(to: bare)
        try site.changeOnePage()
        let second = try site.deploy(["--verbose"])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(DeployTestSite.uploadedCount(second.stdout) == 1, "only the changed page is sent: \(second.stdout)")
        #expect(second.stdout.contains("uploaded  \(DeployTestSite.changedPage)"))
        published = try Self.branch(bare)
        #expect(DeployTestSite.differences(Self.sitegenFiles(published), try site.built()).isEmpty)

        try site.removeOnePage()
        let third = try site.deploy(["--verbose"])
        #expect(third.status == 0, "\(third.stderr)")
        #expect(third.stdout.contains("removed   \(DeployTestSite.removedPage)"), "\(third.stdout)")
        published = try Self.branch(bare)
        #expect(published[DeployTestSite.removedPage] == nil)
        #expect(published["CNAME"] == Data("www.boulangerie-durand.fr\n".utf8), "a file sitegen did not publish stays")
        #expect(DeployTestSite.differences(Self.sitegenFiles(published), try site.built()).isEmpty)
        let log = try Self.git(["-C", bare.path, "log", "--format=%s", "gh-pages"])
        #expect(log.components(separatedBy: "Publish the site").count - 1 == 3, "one commit per deploy: \(log)")

        let again = try site.deploy()
        #expect(again.stdout.contains("Deployed to pages: nothing changed"), "\(again.stdout)")
    }

    @Test func aDryRunListsTheChangesAndPushesNothing() throws {
        let (site, bare) = try Self.setUp()
        defer {
            site.cleanUp()
            TestSupport.cleanUp(bare.deletingLastPathComponent())
        }
        #expect(try site.deploy().status == 0)
        let before = try Self.head(bare)
        try site.changeOnePage()
        let dry = try site.deploy(["--dry-run"])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("would upload  \(DeployTestSite.changedPage)"), "\(dry.stdout)")
        #expect(dry.stdout.contains("Dry run for pages: 1 file to upload"), "\(dry.stdout)")
        #expect(try Self.head(bare) == before)
    }

    @Test func aDeployKilledWhilePushingLeavesTheBranchAsItWasAndTheNextOneFinishes() throws {
        let (site, bare) = try Self.setUp()
        defer {
            site.cleanUp()
            TestSupport.cleanUp(bare.deletingLastPathComponent())
        }
        #expect(try site.deploy().status == 0)
        let before = try Self.head(bare)
        // The host takes its time to accept the push: long enough to pull the plug.
        let marker = site.root.appendingPathComponent("pushing")
        let hook = bare.appendingPathComponent("hooks/pre-receive")
        try Data("#!/bin/sh\ntouch '\(marker.path)'\nsleep 30\n".utf8).write(to: hook)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hook.path)
        try site.changeOnePage()
        let process = try site.start([])
        let deadline = Date(timeIntervalSinceNow: 60)
        while !FileManager.default.fileExists(atPath: marker.path) && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(FileManager.default.fileExists(atPath: marker.path), "the push never started")
        DeployTestSite.killTree(process.processIdentifier)
        process.waitUntilExit()
        #expect(try Self.head(bare) == before, "a push cut off changes nothing")

        try FileManager.default.removeItem(at: hook)
        let next = try site.deploy()
        #expect(next.status == 0, "\(next.stderr)")
        #expect(DeployTestSite.uploadedCount(next.stdout) == 1, "\(next.stdout)")
        #expect(DeployTestSite.differences(Self.sitegenFiles(try Self.branch(bare)), try site.built()).isEmpty)
    }

    /// A repository reached over SSH on a host that is not among the known
    /// ones: refused before anything is sent, as for sftp and rsync.
    @Test func aRepositoryOnAnUnknownSSHHostIsRefused() throws {
        let server = try LocalSSHServer()
        defer { server.stop() }
        let bare = server.webRoot.appendingPathComponent("site.git")
        _ = try Self.git(["init", "-q", "--bare", bare.path])
        let site = try DeployTestSite(
            deployYML: """
                targets:
                  pages:
                    kind: git
                    repository: ssh://\(server.user)@127.0.0.1:\(server.port)\(bare.path)
                """)
        defer { site.cleanUp() }
        let result = try site.deploy()
        #expect(result.status == 3)
        #expect(result.stderr.contains("is not among your known SSH hosts"), "\(result.stderr)")
        #expect(try Self.git(["-C", bare.path, "for-each-ref"]).isEmpty, "nothing was pushed")
    }

    /// Two deploys of one target at once: the second waits for the first,
    /// and both end with the branch holding the site.
    @Test func twoDeploysAtOnceTakeTurns() throws {
        let (site, bare) = try Self.setUp()
        defer {
            site.cleanUp()
            TestSupport.cleanUp(bare.deletingLastPathComponent())
        }
        let results = Mutex<[CommandLineTests.Run]>([])
        let group = DispatchGroup()
        for _ in 0..<2 {
            group.enter()
            Thread.detachNewThread {
                if let run = try? site.deploy() { results.withLock { $0.append(run) } }
                group.leave()
            }
        }
        group.wait()
        let runs = results.withLock { $0 }
        #expect(runs.count == 2 && runs.allSatisfy { $0.status == 0 }, "\(runs.map(\.stderr))")
        #expect(runs.contains { $0.stdout.contains("nothing changed") }, "the second found the first's work done: \(runs.map(\.stdout))")
        #expect(DeployTestSite.differences(Self.sitegenFiles(try Self.branch(bare)), try site.built()).isEmpty)
    }

    /// Without deploy.yml, the owner is shown one to write; with a mistake
    /// in it, the mistake's line and column, and nothing is built or sent.
    @Test func aMissingOrWrongDeployYMLIsExplained() throws {
        let site = try DeployTestSite(deployYML: "")
        defer { site.cleanUp() }
        try FileManager.default.removeItem(at: site.site.appendingPathComponent("deploy.yml"))
        let missing = try site.deploy()
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no deploy.yml: it names where the site is published. For example:"), "\(missing.stderr)")
        #expect(missing.stderr.contains("kind: ftps"))

        try Data("targets:\n  ovh:\n    kind: ftps\n    host: ftp.example.fr\n    user: marie\n    folder: www\n    password: s3cret\n".utf8)
            .write(to: site.site.appendingPathComponent("deploy.yml"))
        let wrong = try site.deploy()
        #expect(wrong.status == 1)
        #expect(wrong.stderr.contains("deploy.yml:7:5: error: targets.ovh.password: passwords never go in deploy.yml"), "\(wrong.stderr)")
        #expect(!wrong.stdout.contains("Built"), "nothing is built before deploy.yml is right")
    }
}

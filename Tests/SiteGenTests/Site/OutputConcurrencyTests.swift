import Foundation
import Synchronization
import Testing

@testable import SiteGen
@testable import SiteGenCore

/// One build of an output folder at a time: others wait for the lock (or
/// fail at once with `--no-wait`), each builds in a staging folder of its
/// own, and the preview builds in a private folder that no build shares.
@Suite("Site: builds at the same time")
struct OutputConcurrencyTests {
    /// A `sitegen` process whose output goes to files, so that several can run at once.
    final class Running {
        let process = Process()
        let stdout: URL, stderr: URL

        init(_ arguments: [String], in folder: URL, logs: URL, name: String) throws {
            stdout = logs.appendingPathComponent("\(name).out")
            stderr = logs.appendingPathComponent("\(name).err")
            try Data().write(to: stdout)
            try Data().write(to: stderr)
            process.executableURL = CommandLineTests.binary
            process.arguments = arguments
            process.currentDirectoryURL = folder
            process.standardOutput = try FileHandle(forWritingTo: stdout)
            process.standardError = try FileHandle(forWritingTo: stderr)
            try process.run()
        }

        func finish() -> (status: Int32, stdout: String, stderr: String) {
            process.waitUntilExit()
            return (process.terminationStatus, Self.read(stdout), Self.read(stderr))
        }

        static func read(_ url: URL) -> String { (try? String(contentsOf: url, encoding: .utf8)) ?? "" }
    }

    /// A site of `count` small pages beside the escaping fixture's own.
    static func generatedSite(pages count: Int, in root: URL) throws -> URL {
        let site = root.appendingPathComponent("site")
        try FileManager.default.copyItem(at: TestSupport.fixture("escaping"), to: site)
        let folder = site.appendingPathComponent("content/p")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for number in 1...count {
            try Data("---\ntitle: Page \(number)\n---\nThe text of page \(number).\n".utf8)
                .write(to: folder.appendingPathComponent("page-\(number).md"))
        }
        return site
    }

    /// What the site's folder holds but sitegen's own `.sitegen/` (the
    /// record of the last build, caches), which a build may or may not make.
    static func siteFolder(_ site: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: site.path).filter { $0 != ".sitegen" }.sorted()
    }

    static func pageCount(_ output: URL) throws -> Int {
        try FileSystem.live.filesBelow(output.appendingPathComponent("p")).filter { $0.hasSuffix("/index.html") }.count
    }

    @Test func concurrentBuildsEachPublishTheWholeSite() throws {
        let root = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(root) }
        let pages = 2000
        let site = try Self.generatedSite(pages: pages, in: root)
        let logs = root.appendingPathComponent("logs")
        try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)

        // --force: each must build and publish, not find the site up to date after waiting.
        let builds = try (1...3).map { try Running(["build", "--force"], in: site, logs: logs, name: "build-\($0)") }
        let results = builds.map { $0.finish() }
        for result in results {
            #expect(result.status == 0, "\(result.stderr)")
            // The fixture's four pages and the list page of p/ besides.
            #expect(result.stdout.hasPrefix("Built \(pages + 5) pages"), "\(result.stdout)")
            #expect(result.stderr.isEmpty || result.stderr == "waiting for another build of public/ to finish...\n", "\(result.stderr)")
        }
        let output = site.appendingPathComponent("public")
        #expect(try Self.pageCount(output) == pages)
        #expect(OutputMarker.isPresent(in: output))
        #expect(
            try Self.siteFolder(site) == ["content", "public", "site.yml"],
            "no staging folder, previous build or lock file is left (.sitegen/ holds the record of the last build)")
    }

    @Test func noWaitFailsAtOnceWhileAnotherBuildRunsAndABuildWaitsForIt() throws {
        let root = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(root) }
        let site = try Self.generatedSite(pages: 3, in: root)
        let logs = root.appendingPathComponent("logs")
        try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
        let output = site.appendingPathComponent("public")
        // This test holds the lock, as a running build would.
        let held = try #require(try OutputLock.acquire(for: output, wait: false, system: .live) {})

        let refused = try CommandLineTests.run(["build", "--no-wait"], in: site)
        #expect(refused.status == 1)
        #expect(
            refused.stderr.contains(
                "public: error: another build of public/ is running; try again when it has finished, or leave out --no-wait to wait for it"),
            "\(refused.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.path))

        let waiting = try Running(["build"], in: site, logs: logs, name: "waiting")
        let deadline = Date().addingTimeInterval(60)
        while Running.read(waiting.stderr).isEmpty, waiting.process.isRunning, Date() < deadline { usleep(20_000) }
        #expect(Running.read(waiting.stderr) == "waiting for another build of public/ to finish...\n")
        #expect(waiting.process.isRunning)
        #expect(!FileManager.default.fileExists(atPath: output.path))
        held.release()
        let result = waiting.finish()
        #expect(result.status == 0)
        #expect(result.stderr == "waiting for another build of public/ to finish...\n", "printed once")
        #expect(try Self.pageCount(output) == 3)
    }

    /// The lock goes with the process: a build killed while it holds the
    /// lock stops nobody, and the next build removes its staging folder.
    @Test func aBuildKilledHalfWayLeavesNoLockAndTheNextCleansUp() throws {
        let root = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(root) }
        let site = try Self.generatedSite(pages: 1000, in: root)
        let logs = root.appendingPathComponent("logs")
        try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
        let killed = try Running(["build"], in: site, logs: logs, name: "killed")
        let deadline = Date().addingTimeInterval(120)
        func staging() -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: site.path)) ?? []).filter { $0.hasPrefix(".public.sitegen-new-") }
        }
        while staging().isEmpty, killed.process.isRunning, Date() < deadline { usleep(2_000) }
        kill(killed.process.processIdentifier, SIGKILL)
        let status = killed.finish()
        try #require(status.status == SIGKILL && killed.process.terminationReason == .uncaughtSignal, "killed while building: \(status)")
        #expect(!staging().isEmpty)

        let result = try CommandLineTests.run(["build", "--no-wait"], in: site)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Self.pageCount(site.appendingPathComponent("public")) == 1000)
        let left = try Self.siteFolder(site)
        #expect(left == ["content", "public", "site.yml"], "\(left)")
    }

    /// `serve` builds into a private folder under the temporary folder and
    /// never writes public/; a build and a preview of one site, at the same
    /// time, each get a whole site and leave nothing of theirs in the other's folder.
    @Test func aPreviewAndABuildOfOneSiteDoNotInterfere() throws {
        let root = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(root) }
        let site = try Self.generatedSite(pages: 300, in: root)
        let previewFolder = root.appendingPathComponent("preview")
        try FileManager.default.createDirectory(at: previewFolder, withIntermediateDirectories: true)
        let output = site.appendingPathComponent("public")
        let preview = PreviewBuilder(siteDirectory: site, baseURL: "http://127.0.0.1:8000/", includeDrafts: false)
        let failures = Failures()

        DispatchQueue.concurrentPerform(iterations: 2) { worker in
            for round in 1...3 {
                do {
                    if worker == 0 {
                        try TestSupport.build(site, into: output)
                    } else {
                        _ = try preview.buildAll(into: previewFolder.appendingPathComponent("build-\(round)"))
                        _ = try preview.update(changed: ["content/p/page-1.md"])
                    }
                } catch {
                    failures.add("\(worker == 0 ? "build" : "preview") \(round): \(error)")
                }
            }
        }
        #expect(failures.all.isEmpty, "\(failures.all)")
        #expect(try Self.pageCount(output) == 300)
        for round in 1...3 {
            #expect(try Self.pageCount(previewFolder.appendingPathComponent("build-\(round)")) == 300)
        }
        #expect(try Self.siteFolder(site) == ["content", "public", "site.yml"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: previewFolder.path).sorted() == ["build-1", "build-2", "build-3"])
    }
}

/// Messages collected from several threads.
final class Failures: Sendable {
    private let messages = Mutex<[String]>([])
    func add(_ message: String) { messages.withLock { $0.append(message) } }
    var all: [String] { messages.withLock { $0 } }
}

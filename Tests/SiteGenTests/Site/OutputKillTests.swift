import Foundation
import Testing

@testable import SiteGen

/// `sitegen build` killed at each step of putting the new build in place
/// (strace injects SIGKILL at the Nth call of a system call): the output
/// folder is always there, whole, the old build or the new one, and the next
/// build succeeds and leaves nothing behind.
@Suite("Site: a build killed while it swaps the new build in")
struct OutputKillTests {
    /// strace, when installed and allowed to trace here (a container may forbid ptrace).
    static let strace: String? = {
        guard let path = ["/usr/bin/strace", "/bin/strace"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return nil }
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: path)
        probe.arguments = ["-f", "-qq", "-o", "/dev/null", "-e", "inject=getpid:retval=0", "--", "/bin/true"]
        probe.standardOutput = FileHandle.nullDevice
        probe.standardError = FileHandle.nullDevice
        guard (try? probe.run()) != nil else { return nil }
        probe.waitUntilExit()
        return probe.terminationStatus == 0 ? path : nil
    }()

    static let skipped: Comment = "strace is not installed or cannot trace here (apt-get install strace): cannot kill a build at a chosen system call"

    /// Two sites that build into one output folder, and what each gives.
    struct Setup {
        var root: URL
        var old: URL
        var new: URL
        var output: URL { root.appendingPathComponent("out/public") }
        var oldTree: [String: Data] = [:]
        var newTree: [String: Data] = [:]

        init() throws {
            root = TestSupport.temporaryDirectory()
            (old, new) = try OutputSwapTests.twoSites(in: root)
            try Self.build(old, into: output)
            oldTree = try TestSupport.tree(output)
            let expected = root.appendingPathComponent("expected/public")
            try Self.build(new, into: expected)
            newTree = try TestSupport.tree(expected)
            try #require(oldTree != newTree)
        }

        static func build(_ site: URL, into output: URL) throws {
            let result = try CommandLineTests.run(["build", "--site", site.path, "--output", output.path], in: site)
            try #require(result.status == 0, "\(result.stderr)")
        }

        /// The old site's build, ready to be replaced.
        func reset() throws {
            try Self.build(old, into: output)
            try #require(try TestSupport.tree(output) == oldTree)
        }

        /// Builds the new site under strace; false when it ran to the end
        /// (the Nth call never came), true when it was killed.
        func buildKilled(_ injections: [String]) throws -> Bool {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: OutputKillTests.strace!)
            process.arguments =
                ["-f", "-qq", "-o", "/dev/null"] + injections.flatMap { ["-e", "inject=\($0)"] }
                + ["--", CommandLineTests.binary.path, "build", "--site", new.path, "--output", output.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            if process.terminationStatus == 0 { return false }
            let killed =
                process.terminationReason == .uncaughtSignal ? process.terminationStatus == SIGKILL : process.terminationStatus == 128 + SIGKILL
            try #require(killed, "the build ended otherwise: status \(process.terminationStatus)")
            return true
        }

        /// The next build after a kill succeeds, publishes the new site and cleans up.
        func expectNextBuildRecovers(after point: String) throws {
            try Self.build(new, into: output)
            #expect(try TestSupport.tree(output) == newTree, "\(point)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path) == ["public"], "\(point)")
        }
    }

    /// Kills the build at the 1st, 2nd, ... call of `syscalls` until a build
    /// runs to the end; after each kill, `check` judges the output folder.
    static func killAtEachCall(
        of syscalls: String, also injections: [String] = [], setup: Setup,
        check: (String) throws -> Void
    ) throws -> Int {
        var kills = 0
        for call in 1...400 {
            try setup.reset()
            let point = "killed at call \(call) of \(syscalls)"
            guard try setup.buildKilled(injections + ["\(syscalls):signal=SIGKILL:when=\(call)"]) else { return kills }
            kills += 1
            try check(point)
            try setup.expectNextBuildRecovers(after: point)
        }
        Issue.record("the build never ran to the end")
        return kills
    }

    @Test(.enabled(if: strace != nil, skipped))
    func killedAtEachRenameTheOutputIsTheOldOrTheNewBuild() throws {
        let setup = try Setup()
        defer { TestSupport.cleanUp(setup.root) }
        let kills = try Self.killAtEachCall(of: "rename,renameat,renameat2", setup: setup) { point in
            let tree = try TestSupport.tree(setup.output)
            #expect(tree == setup.oldTree || tree == setup.newTree, "\(point): the output is neither the old nor the new build")
        }
        #expect(kills >= 1)
    }

    /// After the swap, the previous build is removed file by file: killed
    /// there, the output is the new build already.
    @Test(.enabled(if: strace != nil, skipped))
    func killedWhileThePreviousBuildIsRemovedTheOutputIsTheNewBuild() throws {
        let setup = try Setup()
        defer { TestSupport.cleanUp(setup.root) }
        let kills = try Self.killAtEachCall(of: "unlink,unlinkat,rmdir", setup: setup) { point in
            let tree = try TestSupport.tree(setup.output)
            #expect(tree == setup.oldTree || tree == setup.newTree, "\(point): the output is neither the old nor the new build")
        }
        #expect(kills >= setup.oldTree.count, "a kill at every file of the previous build")
    }

    /// Where the file system cannot swap (renameat2 fails with EINVAL, as on
    /// some network file systems), two renames: killed between them, the
    /// output is missing for a moment and the previous build waits whole
    /// beside it, and the next build puts it back before anything else.
    @Test(.enabled(if: strace != nil, skipped))
    func killedBetweenTwoRenamesThePreviousBuildIsKeptAndPutBack() throws {
        let setup = try Setup()
        defer { TestSupport.cleanUp(setup.root) }
        var aside = 0
        let kills = try Self.killAtEachCall(of: "rename,renameat", also: ["renameat2:error=EINVAL"], setup: setup) { point in
            let folder = setup.output.deletingLastPathComponent()
            if FileManager.default.fileExists(atPath: setup.output.path) {
                let tree = try TestSupport.tree(setup.output)
                #expect(tree == setup.oldTree || tree == setup.newTree, "\(point): the output is neither the old nor the new build")
                return
            }
            aside += 1
            let previous = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".public.sitegen-old-") }
            #expect(previous.count == 1, "\(point)")
            if let name = previous.first {
                #expect(try TestSupport.tree(folder.appendingPathComponent(name)) == setup.oldTree, "\(point): the previous build is kept whole")
            }
        }
        #expect(kills >= 2)
        #expect(aside == 1, "one kill falls between the two renames")
    }
}

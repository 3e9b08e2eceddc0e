import Foundation
import Synchronization
import Testing

@testable import SiteGen
@testable import SiteGenCore

/// The new build replaces the output folder in one step (`renameat2` with
/// `RENAME_EXCHANGE`), or with two renames where the file system cannot,
/// and a build killed at any point leaves the output whole.
@Suite("Site: swapping the new build in")
struct OutputSwapTests {
    static func build(_ site: URL, into output: URL, fileSystem: FileSystem = .live, system: OutputSystem) throws {
        let options = BuildOptions(siteDirectory: site, outputDirectory: output, workingDirectory: site)
        var builder = SiteBuilder(options: options, fileSystem: fileSystem, clock: .fixed(Date(timeIntervalSince1970: 0)))
        builder.outputSystem = system
        _ = try builder.build()
    }

    static var cannotSwap: OutputSystem {
        var system = OutputSystem.live
        system.exchange = { _, _ in false }
        return system
    }

    /// Two sites of different contents, for telling the old build from the new.
    static func twoSites(in root: URL) throws -> (old: URL, new: URL) {
        let old = root.appendingPathComponent("sites/old")
        let new = root.appendingPathComponent("sites/new")
        try FileManager.default.createDirectory(at: old.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: TestSupport.fixture("escaping"), to: old)
        try FileManager.default.copyItem(at: old, to: new)
        let page = new.appendingPathComponent("content/index.md")
        try (String(contentsOf: page, encoding: .utf8) + "\nA sentence only the new build has.\n").write(to: page, atomically: true, encoding: .utf8)
        try Data("---\ntitle: Only new\n---\nNew page.\n".utf8).write(to: new.appendingPathComponent("content/only-new.md"))
        return (old, new)
    }

    @Test func theSwapIsOneStepOnThisFileSystem() throws {
        let root = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(root) }
        let swaps = WriteCounter()
        var system = OutputSystem.live
        system.exchange = { first, second in
            _ = swaps.next()
            return try OutputSystem.live.exchange(first, second)
        }
        let (old, new) = try Self.twoSites(in: root)
        let output = root.appendingPathComponent("out/public")
        try Self.build(old, into: output, system: system)
        try Self.build(new, into: output, system: system)
        #expect(swaps.next() == 2, "the first build has nothing to swap with; the second swaps")
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("only-new/index.html").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path) == ["public"])
    }

    @Test func twoRenamesWhereTheFileSystemCannotSwap() throws {
        let root = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(root) }
        let (old, new) = try Self.twoSites(in: root)
        let output = root.appendingPathComponent("out/public")
        try Self.build(old, into: output, system: Self.cannotSwap)
        try Self.build(new, into: output, system: Self.cannotSwap)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("only-new/index.html").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path) == ["public"])
    }

    @Test func aSwapThatFailsLeavesThePreviousOutputByteForByte() throws {
        let root = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(root) }
        let (old, new) = try Self.twoSites(in: root)
        let output = root.appendingPathComponent("out/public")
        try Self.build(old, into: output, system: .live)
        let before = try TestSupport.tree(output)
        var failing = OutputSystem.live
        failing.exchange = { _, _ in throw SiteGenCore.POSIXError(EIO, "cannot swap") }
        #expect(throws: DiagnosticsError.self) { try Self.build(new, into: output, system: failing) }
        #expect(try TestSupport.tree(output) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path) == ["public"])
    }

    @Test func aSecondRenameThatFailsPutsThePreviousOutputBack() throws {
        let root = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(root) }
        let (old, new) = try Self.twoSites(in: root)
        let output = root.appendingPathComponent("out/public")
        try Self.build(old, into: output, system: .live)
        let before = try TestSupport.tree(output)
        var fileSystem = FileSystem.live
        let moves = WriteCounter()
        fileSystem.move = { source, destination in
            if moves.next() == 2 { throw CocoaError(.fileWriteNoPermission) }
            try FileSystem.live.move(source, destination)
        }
        #expect(throws: DiagnosticsError.self) { try Self.build(new, into: output, fileSystem: fileSystem, system: Self.cannotSwap) }
        #expect(try TestSupport.tree(output) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path) == ["public"])
    }

    /// Killed between the two renames, a build leaves no output folder and
    /// the previous build aside; the next build puts it back first, so that
    /// even a next build that fails leaves the previous output as it was.
    @Test func aBuildKilledBetweenTwoRenamesIsPutBackByTheNextBuild() throws {
        let root = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(root) }
        let (old, new) = try Self.twoSites(in: root)
        let output = root.appendingPathComponent("out/public")
        try Self.build(old, into: output, system: .live)
        let before = try TestSupport.tree(output)
        try FileManager.default.moveItem(at: output, to: root.appendingPathComponent("out/.public.sitegen-old-4242-7"))

        let page = new.appendingPathComponent("content/index.md")
        try (String(contentsOf: page, encoding: .utf8) + "\n[gone](gone.md)\n").write(to: page, atomically: true, encoding: .utf8)
        #expect(throws: DiagnosticsError.self) { try Self.build(new, into: output, system: .live) }
        #expect(try TestSupport.tree(output) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path) == ["public"])
    }
}

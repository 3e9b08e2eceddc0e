import Foundation
import Testing

@testable import SiteGenCore

/// `FileSystem.inMemory`: what it starts with, its errors, and that every
/// operation gives what `FileSystem.live` gives on a real folder.
@Suite("Unit: the in-memory file system")
struct InMemoryFileSystemTests {
    static let root = URL(fileURLWithPath: "/memory/site")

    @Test func startsWithTheGivenTextsAndTheirFolders() throws {
        let files = try FileSystem.inMemory(["/memory/site/content/news/a.md": "A", "/memory/site/site.yml": "title: T\n"])
        #expect(try files.read(Self.root.appendingPathComponent("content/news/a.md")) == Data("A".utf8))
        #expect(files.kind(Self.root.appendingPathComponent("content/news")) == .directory)
        #expect(files.kind(Self.root.appendingPathComponent("content/news/b.md")) == .none)
        #expect(try files.contents(Self.root) == ["content", "site.yml"])
        #expect(try files.filesBelow(URL(fileURLWithPath: "/memory")) == ["site/content/news/a.md", "site/site.yml"])
    }

    @Test func copiesARealFolderByteForByteAtTheSamePath() throws {
        let fixture = TestSupport.fixture("static-files")
        let files = try FileSystem.inMemory(copying: [fixture])
        let expected = try FileSystem.live.filesBelow(fixture)
        #expect(expected.contains { $0.hasPrefix("static/.well-known/") })
        #expect(try files.filesBelow(fixture) == expected)
        for path in expected {
            #expect(try files.read(fixture.appendingPathComponent(path)) == (try Data(contentsOf: fixture.appendingPathComponent(path))), "\(path)")
        }
        #expect(
            try files.listing(fixture.appendingPathComponent("static"), fixture)
                == (try FileSystem.live.listing(fixture.appendingPathComponent("static"), fixture)))
    }

    @Test func pathsAreTakenAsAbsoluteWithDotsResolved() throws {
        let files = try FileSystem.inMemory(["/memory/a/b.txt": "b"])
        #expect(try files.read(URL(fileURLWithPath: "/memory/x/../a/./b.txt")) == Data("b".utf8))
        #expect(try files.contents(URL(fileURLWithPath: "/memory/a/")) == ["b.txt"])
        #expect(try files.contents(URL(fileURLWithPath: "/")) == ["memory"])
    }

    /// The same operations, in the same order, on a real temporary folder and
    /// in memory: each step's outcome and the tree left at the end must match.
    @Test func behavesLikeTheDiskOnTheSameOperations() throws {
        let disk = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(disk) }
        let onDisk = Self.runScript(.live, in: disk)
        let inMemory = Self.runScript(try .inMemory(), in: disk)
        #expect(onDisk.count == inMemory.count)
        for (step, (live, memory)) in zip(onDisk, inMemory).enumerated() {
            #expect(live == memory, "step \(step)")
        }
        // The script itself must exercise failures as well as successes.
        #expect(onDisk.filter { $0.hasSuffix("error") }.count >= 15)
    }

    /// Every operation of the seam, including the ones that must fail; each
    /// step gives "ok", its result, or "error".
    static func runScript(_ files: FileSystem, in root: URL) -> [String] {
        var outcomes: [String] = []
        func url(_ path: String) -> URL { root.appendingPathComponent(path) }
        func step(_ name: String, _ body: () throws -> String) {
            do {
                outcomes.append("\(name): \(try body())")
            } catch {
                outcomes.append("\(name): error")
            }
        }
        func text(_ path: String) throws -> String { String(decoding: try files.read(url(path)), as: UTF8.self) }
        step("create root") {
            try files.createDirectory(root)
            return "ok"
        }
        step("create a/b/c") {
            try files.createDirectory(url("a/b/c"))
            return "ok"
        }
        step("create a/b/c again") {
            try files.createDirectory(url("a/b/c"))
            return "ok"
        }
        step("write") {
            try files.write(Data("one".utf8), url("a/b/c/one.txt"))
            return "ok"
        }
        step("overwrite") {
            try files.write(Data("uno".utf8), url("a/b/c/one.txt"))
            return "ok"
        }
        step("write, no folder") {
            try files.write(Data(), url("missing/x.txt"))
            return "ok"
        }
        step("write over a folder") {
            try files.write(Data(), url("a/b"))
            return "ok"
        }
        step("write a dot-file") {
            try files.write(Data("h".utf8), url("a/.hidden"))
            return "ok"
        }
        step("read") { try text("a/b/c/one.txt") }
        step("read missing") { try text("missing.txt") }
        step("read a folder") { try text("a/b") }
        step("kinds") { "\([files.kind(url("a")), files.kind(url("a/b/c/one.txt")), files.kind(url("nope"))])" }
        step("contents") { "\(try files.contents(url("a")))" }
        step("contents of a file") { "\(try files.contents(url("a/b/c/one.txt")))" }
        step("contents of nothing") { "\(try files.contents(url("nope")))" }
        step("create below a file") {
            try files.createDirectory(url("a/b/c/one.txt/d"))
            return "ok"
        }
        step("create over a file") {
            try files.createDirectory(url("a/b/c/one.txt"))
            return "ok"
        }
        step("copy a folder") {
            try files.copy(url("a/b"), url("a/copy"))
            return "ok"
        }
        step("copy onto something") {
            try files.copy(url("a/b"), url("a/copy"))
            return "ok"
        }
        step("copy nothing") {
            try files.copy(url("nope"), url("a/other"))
            return "ok"
        }
        step("copy, no folder") {
            try files.copy(url("a/.hidden"), url("missing/x"))
            return "ok"
        }
        step("copy a file") {
            try files.copy(url("a/.hidden"), url("a/copy/hidden.txt"))
            return "ok"
        }
        step("move a folder") {
            try files.move(url("a/copy"), url("z"))
            return "ok"
        }
        step("move onto a file") {
            try files.move(url("a/b/c/one.txt"), url("a/.hidden"))
            return "ok"
        }
        step("move onto a folder") {
            try files.move(url("a/.hidden"), url("z/c"))
            return "ok"
        }
        step("move nothing") {
            try files.move(url("nope"), url("a/nope"))
            return "ok"
        }
        step("move, no folder") {
            try files.move(url("a/.hidden"), url("missing/x"))
            return "ok"
        }
        step("move a file") {
            try files.move(url("z/hidden.txt"), url("z/c/two.txt"))
            return "ok"
        }
        step("move replacing a file") {
            try files.moveReplacing(url("z/c/two.txt"), url("z/c/one.txt"))
            return "ok"
        }
        step("moved over") { try text("z/c/one.txt") }
        step("move replacing, nothing there") {
            try files.moveReplacing(url("z/c/one.txt"), url("z/one.txt"))
            return "ok"
        }
        step("move replacing a folder") {
            try files.moveReplacing(url("z/one.txt"), url("z/c"))
            return "ok"
        }
        step("move replacing nothing") {
            try files.moveReplacing(url("nope"), url("z/one.txt"))
            return "ok"
        }
        step("replace") {
            try files.replace(Data("two".utf8), url("z/one.txt"))
            return "ok"
        }
        step("replaced") { try text("z/one.txt") }
        step("replace a new file") {
            try files.replace(Data("new".utf8), url("z/new.txt"))
            return "ok"
        }
        step("replace, no folder") {
            try files.replace(Data(), url("missing/x.txt"))
            return "ok"
        }
        step("replace a folder") {
            try files.replace(Data(), url("z/c"))
            return "ok"
        }
        step("lock a new file") {
            let lock = try files.lock(url("z/locked"))
            lock.release()
            return "ok"
        }
        step("lock, no folder") {
            _ = try files.lock(url("missing/locked"))
            return "ok"
        }
        step("lock again") {
            let lock = try files.lock(url("z/locked"))
            lock.release()
            return "ok"
        }
        step("remove a folder") {
            try files.remove(url("a/b"))
            return "ok"
        }
        step("remove it again") {
            try files.remove(url("a/b"))
            return "ok"
        }
        step("remove a file") {
            try files.remove(url("z/new.txt"))
            return "ok"
        }
        step("files below") { "\(try files.filesBelow(root))" }
        step("files below a file") { "\(try files.filesBelow(url("z/one.txt")))" }
        step("files below nothing") { "\(try files.filesBelow(url("nope")))" }
        step("listing") { "\(try files.listing(url("z"), root).files)" }
        step("listing of nothing") { "\(try files.listing(url("nope"), root).files)" }
        step("tree") {
            try files.filesBelow(root).map { "\($0)=\(try text($0))" }.joined(separator: ",")
                + " folders: \(try files.contents(root)) \(try files.contents(url("z")))"
        }
        return outcomes
    }

    @Test func aLockIsHeldUntilReleased() async throws {
        let files = try FileSystem.inMemory(["/memory/links.yml": ""])
        let url = URL(fileURLWithPath: "/memory/links.yml")
        let first = try files.lock(url)
        let second = Task.detached { () throws -> ContinuousClock.Instant in
            let lock = try files.lock(url)
            defer { lock.release() }
            return ContinuousClock.now
        }
        try await Task.sleep(for: .milliseconds(100))
        let released = ContinuousClock.now
        first.release()
        let taken = try await second.value
        #expect(taken >= released)
    }

    @Test func manyWritersAtOnceLoseNothing() async throws {
        let files = try FileSystem.inMemory()
        let folder = URL(fileURLWithPath: "/memory/out")
        await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<200 {
                group.addTask {
                    let file = folder.appendingPathComponent("\(index % 10)/\(index).txt")
                    try files.createDirectory(file.deletingLastPathComponent())
                    try files.write(Data("\(index)".utf8), file)
                }
            }
        }
        let written = try files.filesBelow(folder)
        #expect(written.count == 200)
        #expect(written == written.sorted())
        #expect(try files.read(folder.appendingPathComponent("7/117.txt")) == Data("117".utf8))
    }
}

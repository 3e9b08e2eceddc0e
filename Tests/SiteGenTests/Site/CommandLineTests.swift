import Foundation
import Testing

/// The `sitegen` binary as a user runs it: output, exit codes, and a copy of
/// the binary that works alone in another folder.
@Suite("Site: the sitegen command")
struct CommandLineTests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `sitegen` built beside the test runner.
    static let binary: URL = {
        var folder = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("sitegen")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("sitegen")
    }()

    /// `input`, when given, is all that standard input holds (a file, never a terminal).
    static func run(
        _ arguments: [String], in folder: URL, binary: URL = binary, environment: [String: String] = [:], input: String? = nil
    ) throws -> Run {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        process.currentDirectoryURL = folder
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        // A file rather than a pipe: a process that ends before reading it cannot kill the tests with SIGPIPE.
        let inputFile = input.map { _ in TestSupport.temporaryDirectory().appendingPathComponent("input.txt") }
        defer { if let inputFile { TestSupport.cleanUp(inputFile.deletingLastPathComponent()) } }
        if let input, let inputFile {
            try Data(input.utf8).write(to: inputFile)
            process.standardInput = try FileHandle(forReadingFrom: inputFile)
        }
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func buildPrintsOneSummaryLine() throws {
        let output = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(output) }
        let result = try Self.run(["build", "--output", output.path], in: TestSupport.fixture("escaping"))
        #expect(result.status == 0)
        #expect(result.stdout.wholeMatch(of: /Built 4 pages in \d+\.\d\d s -> .+\/\n/) != nil, "\(result.stdout)")
        #expect(result.stderr.isEmpty)
    }

    @Test func verboseShowsTheTimeOfEachStep() throws {
        let output = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(output) }
        let result = try Self.run(["build", "--verbose", "--output", output.path], in: TestSupport.fixture("escaping"))
        #expect(result.status == 0)
        #expect(result.stdout.contains("  Render pages: "))
        #expect(result.stdout.contains("  Publish: "))
    }

    @Test func siteErrorsExitWithOneAndCompilerStyleMessages() throws {
        let output = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(output) }
        let result = try Self.run(["build", "--output", output.appendingPathComponent("public").path], in: TestSupport.fixture("multiple-errors"))
        #expect(result.status == 1)
        let expected = try String(contentsOf: TestSupport.fixture("multiple-errors").appendingPathComponent("expected-errors.txt"), encoding: .utf8)
        for line in expected.split(separator: "\n") {
            #expect(result.stderr.contains(line))
        }
        #expect(result.stdout.isEmpty)
    }

    @Test func notesArePrintedAfterTheirError() throws {
        let output = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(output) }
        let result = try Self.run(["build", "--output", output.appendingPathComponent("public").path], in: TestSupport.fixture("duplicate-output"))
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                """
                content/about.md:1:1: error: content/about.md would write about/index.html, which content/about/index.md writes too
                content/about/index.md:1:1: note: content/about/index.md writes about/index.html here

                """), "\(result.stderr)")
    }

    @Test(arguments: [["build", "--no-such-flag"], ["frobnicate"], ["init"], ["build", "--site"]])
    func usageErrorsExitWithTwo(_ arguments: [String]) throws {
        let result = try Self.run(arguments, in: TestSupport.fixture("escaping"))
        #expect(result.status == 2)
        #expect(!result.stderr.isEmpty)
    }

    @Test func helpExitsWithZero() throws {
        let result = try Self.run(["--help"], in: TestSupport.packageRoot)
        #expect(result.status == 0)
        #expect(result.stdout.contains("build"))
        #expect(result.stdout.contains("init"))
    }

    @Test func missingSiteFileIsAClearError() throws {
        let empty = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(empty) }
        let result = try Self.run(["build"], in: empty)
        #expect(result.status == 1)
        #expect(result.stderr.contains("site.yml: error: no site.yml here"))
    }

    @Test func initRefusesAFolderThatIsNotEmpty() throws {
        let folder = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(folder) }
        try Data("mine".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        let result = try Self.run(["init", "--name", "Kapsalon Lotte", folder.path], in: folder)
        #expect(result.status == 1)
        #expect(result.stderr.contains("is not empty"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["notes.txt"])
        #expect(try String(contentsOf: folder.appendingPathComponent("notes.txt"), encoding: .utf8) == "mine")
    }

    /// The theme and the example are inside the binary: a copy of it in an
    /// empty folder, far from the repository, makes and builds a site.
    @Test func aCopiedBinaryWorksAlone() throws {
        let root = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(root) }
        let copy = root.appendingPathComponent("bin/sitegen")
        try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.binary, to: copy)

        let created = try Self.run(["init", "--example", "my-bakery"], in: root, binary: copy)
        #expect(created.status == 0, "\(created.stderr)")
        let site = root.appendingPathComponent("my-bakery")
        // The second example business, kapsalon/, stays in the repository.
        let example = try TestSupport.tree(TestSupport.exampleSite).filter {
            !$0.key.hasPrefix("public/") && !$0.key.hasPrefix(".sitegen/") && !$0.key.hasPrefix("kapsalon/")
        }
        #expect(try TestSupport.tree(site) == example)

        let built = try Self.run(["build", "--site", "my-bakery"], in: root, binary: copy)
        #expect(built.status == 0, "\(built.stderr)")
        #expect(built.stdout.hasSuffix("-> my-bakery/public/\n"))
        let home = try TestSupport.text(site.appendingPathComponent("public"), "index.html")
        #expect(home.contains("Boulangerie Martin"))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("public/style.css").path))
    }
}

import Foundation
import Testing

@testable import SiteGen
@testable import SiteGenCore

/// A build replaces its output folder as a whole, so it only ever replaces a
/// folder it built itself (the marker is in it), an empty one or a missing
/// one; anything else is refused before any work, and left as it was.
@Suite("Site: output folders sitegen must not replace")
struct OutputRefusalTests {
    /// Builds `site` into `output`, expecting a refusal; returns its message.
    static func refusal(_ site: URL, into output: URL) throws -> String {
        let error = #expect(throws: DiagnosticsError.self) { try TestSupport.build(site, into: output) }
        let message = error?.diagnostics.first?.message ?? ""
        #expect(message.hasPrefix("cannot build into this folder: "), "\(message)")
        return message
    }

    /// A folder of someone's documents, as `--output ~/Documents` would name it.
    static func documents(in root: URL) throws -> URL {
        let folder = root.appendingPathComponent("Documents")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("taxes"), withIntermediateDirectories: true)
        try Data("the only copy".utf8).write(to: folder.appendingPathComponent("letter.txt"))
        try Data("2024".utf8).write(to: folder.appendingPathComponent("taxes/return.pdf"))
        return folder
    }

    @Test func refusesAFolderOfSomeonesDocuments() throws {
        let root = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(root) }
        let documents = try Self.documents(in: root)
        let before = try TestSupport.tree(documents)
        let message = try Self.refusal(TestSupport.fixture("escaping"), into: documents)
        #expect(message.contains("it holds files sitegen did not write (letter.txt, taxes) and no .sitegen-output file"))
        #expect(message.contains("remove it once and build again; otherwise choose another --output"))
        #expect(try TestSupport.tree(documents) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["Documents"], "nothing is written beside it")
    }

    /// A downloaded site checkout whose `public` is a link to the user's documents.
    @Test func refusesAPublicLinkToAFolderWithoutTheMarker() throws {
        let site = try TestSupport.copyOfSite(TestSupport.fixture("escaping"))
        let root = site.deletingLastPathComponent()
        defer { TestSupport.cleanUp(root) }
        let documents = try Self.documents(in: root)
        let before = try TestSupport.tree(documents)
        try FileManager.default.createSymbolicLink(at: site.appendingPathComponent("public"), withDestinationURL: documents)

        let result = try CommandLineTests.run(["build"], in: site)
        #expect(result.status == 1)
        #expect(result.stderr.contains("Documents: error: cannot build into this folder: it holds files sitegen did not write"), "\(result.stderr)")
        #expect(try TestSupport.tree(documents) == before)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: site.appendingPathComponent("public").path) == documents.path)
    }

    @Test func refusesAFileAtTheOutputPath() throws {
        let root = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(root) }
        let file = root.appendingPathComponent("public")
        try Data("not a folder".utf8).write(to: file)
        let message = try Self.refusal(TestSupport.fixture("escaping"), into: file)
        #expect(message.contains("it is a file, not a folder"))
        #expect(try Data(contentsOf: file) == Data("not a folder".utf8))
    }

    /// Places refused whatever they hold, even when empty or missing, each
    /// for its own reason (the README's list).
    @Test(arguments: [
        ("site.yml", "it is the site's site.yml"), ("links.yml", "it is the site's links.yml"),
        (".git", "it is a hidden folder"), (".git/objects", "it is inside the site's hidden folder .git/"),
        (".cache/site", "it is inside the site's hidden folder .cache/"), ("content", "it is inside the site's content/ folder"),
        ("content/public", "it is inside the site's content/ folder"), ("static", "it is inside the site's static/ folder"),
        ("static/out", "it is inside the site's static/ folder"), ("templates", "it is inside the site's templates/ folder"),
        ("templates/public", "it is inside the site's templates/ folder"), (".", "it contains the site itself"),
    ])
    func refusesTheSitesOwnFilesAndHiddenFolders(_ path: String, reason: String) throws {
        let site = try TestSupport.copyOfSite(TestSupport.fixture("escaping"))
        defer { TestSupport.cleanUp(site.deletingLastPathComponent()) }
        try Data("profiles: []\n".utf8).write(to: site.appendingPathComponent("links.yml"))
        try FileManager.default.createDirectory(at: site.appendingPathComponent(".git/objects"), withIntermediateDirectories: true)
        // static/ and templates/ as an owner has them: with files of their own.
        try FileManager.default.createDirectory(at: site.appendingPathComponent("static"), withIntermediateDirectories: true)
        try Data("User-agent: *\n".utf8).write(to: site.appendingPathComponent("static/robots.txt"))
        try FileManager.default.createDirectory(at: site.appendingPathComponent("templates"), withIntermediateDirectories: true)
        try Data("<footer>{{site.name}}</footer>\n".utf8).write(to: site.appendingPathComponent("templates/footer.mustache"))
        let before = try TestSupport.tree(site)
        let message = try Self.refusal(site, into: site.appendingPathComponent(path))
        #expect(message.hasPrefix("cannot build into this folder: \(reason)"), "\(message)")
        #expect(try TestSupport.tree(site) == before)
    }

    /// The same refusal from the command line, as an owner who types
    /// `--output static` sees it: exit 1, the reason, nothing touched.
    @Test(arguments: ["static", "templates"])
    func theCommandRefusesASourceFolderAsTheOutput(_ folder: String) throws {
        let site = try TestSupport.copyOfSite(TestSupport.exampleSite)
        defer { TestSupport.cleanUp(site.deletingLastPathComponent()) }
        try FileManager.default.createDirectory(at: site.appendingPathComponent("templates"), withIntermediateDirectories: true)
        try Data("<footer>{{site.name}}</footer>\n".utf8).write(to: site.appendingPathComponent("templates/footer.mustache"))
        let before = try TestSupport.tree(site.appendingPathComponent(folder))
        let result = try CommandLineTests.run(["build", "--output", folder], in: site)
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("\(folder): error: cannot build into this folder: it is inside the site's \(folder)/ folder"), "\(result.stderr)")
        #expect(try TestSupport.tree(site.appendingPathComponent(folder)) == before)
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("public").path))
    }

    @Test func refusesAnEmptyHiddenFolderAndOneInsideAGitFolder() throws {
        let root = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(root) }
        let hidden = root.appendingPathComponent(".site")
        try FileManager.default.createDirectory(at: hidden, withIntermediateDirectories: true)
        #expect(try Self.refusal(TestSupport.fixture("escaping"), into: hidden).contains("it is a hidden folder"))
        #expect(
            try Self.refusal(TestSupport.fixture("escaping"), into: root.appendingPathComponent("repo/.git/www"))
                .contains("inside a git repository's .git folder"))
    }

    @Test func refusesTheRootAndTheHomeFolderAndWhatHoldsIt() {
        let home = URL(fileURLWithPath: "/home/baker")
        func problem(_ output: String) -> String? {
            let options = BuildOptions(siteDirectory: URL(fileURLWithPath: "/srv/site"), outputDirectory: URL(fileURLWithPath: output))
            return OutputFolderCheck(options: options, home: home).placeProblem()
        }
        #expect(problem("/") == "it is the root folder")
        #expect(problem("/home/baker") == "it is your home folder")
        #expect(problem("/home") == "it holds your home folder")
        #expect(problem("/srv") == "it contains the site itself")
        #expect(problem("/home/baker/www") == nil)
        #expect(problem("/srv/site/public") == nil)
    }

    /// The output of an earlier sitegen has no marker: it is refused (remove
    /// it once) rather than guessed at, as a downloaded checkout could make
    /// any folder look like one.
    @Test func refusesAnOutputWithoutTheMarkerThenBuildsOnceItIsRemoved() throws {
        let root = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(root) }
        let output = root.appendingPathComponent("public")
        try TestSupport.build(TestSupport.fixture("escaping"), into: output)
        try FileManager.default.removeItem(at: output.appendingPathComponent(OutputMarker.name))
        let message = try Self.refusal(TestSupport.fixture("escaping"), into: output)
        #expect(message.contains("if this is the output of an earlier version of sitegen, remove it once and build again"))
        try FileManager.default.removeItem(at: output)
        try TestSupport.build(TestSupport.fixture("escaping"), into: output)
        #expect(OutputMarker.isPresent(in: output))
    }

    @Test func aMarkerThatIsALinkOrSaysSomethingElseDoesNotCount() throws {
        let root = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(root) }
        let folder = root.appendingPathComponent("public")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(OutputMarker.text.utf8).write(to: root.appendingPathComponent("marker"))
        try FileManager.default.createSymbolicLink(
            at: folder.appendingPathComponent(OutputMarker.name),
            withDestinationURL: root.appendingPathComponent("marker"))
        #expect(!OutputMarker.isPresent(in: folder))
        try FileManager.default.removeItem(at: folder.appendingPathComponent(OutputMarker.name))
        try Data("my notes".utf8).write(to: folder.appendingPathComponent(OutputMarker.name))
        #expect(!OutputMarker.isPresent(in: folder))
        _ = try Self.refusal(TestSupport.fixture("escaping"), into: folder)
    }

    @Test func anEmptyOrMissingFolderIsBuiltAndMarkedThenRebuilt() throws {
        let root = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(root) }
        for output in [root.appendingPathComponent("empty"), root.appendingPathComponent("missing/deeper/public")] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent("empty"), withIntermediateDirectories: true)
            try TestSupport.build(TestSupport.fixture("escaping"), into: output)
            #expect(try TestSupport.text(output, OutputMarker.name).hasPrefix("sitegen output folder\n"))
            try TestSupport.build(TestSupport.fixture("escaping"), into: output)
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["empty", "missing"])
    }

    @Test func aStaticFileCannotTakeTheMarkersName() throws {
        let site = try TestSupport.copyOfSite(TestSupport.fixture("escaping"))
        defer { TestSupport.cleanUp(site.deletingLastPathComponent()) }
        try FileManager.default.createDirectory(at: site.appendingPathComponent("static"), withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: site.appendingPathComponent("static/\(OutputMarker.name)"))
        let output = site.deletingLastPathComponent().appendingPathComponent("public")
        let error = #expect(throws: DiagnosticsError.self) { try TestSupport.build(site, into: output) }
        // The planner claims the marker's path, so the file is refused before any output is prepared.
        #expect(error?.diagnostics.first?.message.contains("which sitegen's output marker writes too") == true)
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}

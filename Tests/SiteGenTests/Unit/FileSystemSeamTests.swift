import Foundation
import Synchronization
import Testing

@testable import SiteGen
@testable import SiteGenCore
@testable import SiteGenManifest

/// The parts of the library that used to reach the disk directly now go
/// through `FileSystem`: each works on a file system held in memory, where
/// the disk holds nothing at those paths.
@Suite("Unit: every disk access goes through FileSystem")
struct FileSystemSeamTests {
    static let site = URL(fileURLWithPath: "/memory/site")

    // MARK: links.yml editor

    @Test func theEditorAddsAndRemovesInMemory() throws {
        let files = try FileSystem.inMemory(["/memory/site/links.yml": "# ours\nprofiles:\n  - url: https://a.example/@me\n"])
        let editor = LinksManifestEditor(siteDirectory: Self.site, workingDirectory: Self.site, fileSystem: files)
        let links = Self.site.appendingPathComponent("links.yml")
        _ = try editor.add(.profile(url: "https://b.example/@me", label: nil))
        #expect(try files.read(links) == Data("# ours\nprofiles:\n  - url: https://a.example/@me\n  - url: https://b.example/@me\n".utf8))
        _ = try editor.remove("https://a.example/@me", from: "profiles")
        #expect(try editor.manifest().profiles.map(\.url) == ["https://b.example/@me"])
        #expect(try files.contents(Self.site) == ["links.yml"])
    }

    @Test func theEditorCreatesTheFileOnlyWhenItWrites() throws {
        let files = try FileSystem.inMemory(["/memory/site/site.yml": "title: T\n"])
        let editor = LinksManifestEditor(siteDirectory: Self.site, workingDirectory: Self.site, fileSystem: files)
        #expect(try editor.manifest().profiles.isEmpty)
        _ = try editor.add(.profile(url: "https://a.example/@me", label: nil), dryRun: true)
        #expect(files.kind(Self.site.appendingPathComponent("links.yml")) == .none)
        _ = try editor.add(.profile(url: "https://a.example/@me", label: nil))
        #expect(try files.read(Self.site.appendingPathComponent("links.yml")) == Data("profiles:\n  - url: https://a.example/@me\n".utf8))
    }

    /// A temporary file of an edit killed before its rename is removed under
    /// the lock; files that only look alike are not.
    @Test func theEditorRemovesOnlyItsOwnLeftovers() throws {
        let files = try FileSystem.inMemory([
            "/memory/site/links.yml": "profiles: []\npress:\n",
            "/memory/site/.links.yml.sitegen-123-456": "half an edit",
            "/memory/site/.links.yml.swp": "the owner's editor",
            "/memory/site/links.yml.sitegen-1": "not hidden: not ours",
        ])
        let editor = LinksManifestEditor(siteDirectory: Self.site, workingDirectory: Self.site, fileSystem: files)
        _ = try editor.add(
            .press(PressEntry(url: "https://paper.example/c", title: "T", outlet: "O", date: ContentDate(year: 2024, month: 6, day: 1))))
        #expect(try files.contents(Self.site) == [".links.yml.swp", "links.yml", "links.yml.sitegen-1"])
    }

    /// The edit replaces the file in one step, through the seam's `replace`, and never writes it piecemeal.
    @Test func theEditorWritesOnlyByAtomicReplace() throws {
        var files = try FileSystem.inMemory(["/memory/site/links.yml": "profiles:\n  - url: https://a.example/@me\n"])
        files.write = { _, url in throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path]) }
        files.writeUnsynced = files.write
        let replaced = Counter()
        let replace = files.replace
        files.replace = { data, url in
            replaced.increment()
            try replace(data, url)
        }
        _ = try LinksManifestEditor(siteDirectory: Self.site, workingDirectory: Self.site, fileSystem: files)
            .add(.profile(url: "https://b.example/@me", label: nil))
        #expect(replaced.value == 1)
    }

    @Test func aFailedReplaceLeavesTheFileAndSaysWhy() throws {
        let text = "profiles:\n  - url: https://a.example/@me\n"
        var files = try FileSystem.inMemory(["/memory/site/links.yml": text])
        files.replace = { _, _ in throw SiteGenCore.POSIXError(ENOSPC, "cannot write /memory/site/.links.yml.sitegen-1") }
        let error = #expect(throws: DiagnosticsError.self) {
            _ = try LinksManifestEditor(siteDirectory: Self.site, workingDirectory: Self.site, fileSystem: files)
                .add(.profile(url: "https://b.example/@me", label: nil))
        }
        #expect(
            error?.diagnostics.first?.message.hasPrefix(
                "cannot write the file: cannot write /memory/site/.links.yml.sitegen-1: No space left on device") == true)
        #expect(try files.read(Self.site.appendingPathComponent("links.yml")) == Data(text.utf8))
    }

    @Test func twoEditorsAtOnceKeepBothEntries() async throws {
        let files = try FileSystem.inMemory(["/memory/site/links.yml": "profiles: []\npress:\n"])
        await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<20 {
                group.addTask {
                    let editor = LinksManifestEditor(siteDirectory: Self.site, workingDirectory: Self.site, fileSystem: files)
                    _ = try editor.add(
                        .press(
                            PressEntry(
                                url: "https://paper.example/\(index)", title: "T", outlet: "O",
                                date: ContentDate(year: 2024, month: 6, day: 1))))
                }
            }
        }
        let editor = LinksManifestEditor(siteDirectory: Self.site, workingDirectory: Self.site, fileSystem: files)
        #expect(Set(try editor.manifest().press.map(\.url)) == Set((0..<20).map { "https://paper.example/\($0)" }))
    }

    // MARK: sitegen init

    @Test func initWritesTheExampleSiteIntoMemory() throws {
        let files = try FileSystem.inMemory()
        let count = try SiteInitializer(fileSystem: files).create(at: Self.site, display: "site")
        #expect(count == EmbeddedResources.exampleSite.count)
        #expect(try files.filesBelow(Self.site).count == count)
        #expect(try files.contents(Self.site).contains("site.yml"))
    }

    @Test func initRefusesAFolderThatIsNotEmptyInMemory() throws {
        let files = try FileSystem.inMemory(["/memory/site/notes.txt": "mine"])
        let error = #expect(throws: DiagnosticsError.self) { try SiteInitializer(fileSystem: files).create(at: Self.site, display: "site") }
        #expect(error?.diagnostics.first?.message.hasPrefix("is not empty") == true)
        #expect(try files.filesBelow(Self.site) == ["notes.txt"])
    }

    // MARK: The platforms of a site

    @Test func aSitesOwnPlatformsAreReadThroughTheFileSystem() throws {
        let platforms = """
            platforms:
              - id: shop
                name: Shop
                match:
                  - host: shop.example
                colour: "#000000"
                text: "#FFFFFF"
                icon: "M0 0h24v24H0z"

            """
        let files = try FileSystem.inMemory(["/memory/site/templates/platforms.yml": platforms])
        let registry = try PlatformRegistry.forSite(Self.site, workingDirectory: Self.site, fileSystem: files)
        #expect(registry.platforms.map(\.id) == ["shop"])
    }

    // MARK: A preview's small rebuild

    @Test func publishingInPlaceMovesEachFileThroughTheFileSystem() throws {
        let target = URL(fileURLWithPath: "/memory/public")
        let files = try FileSystem.inMemory(["/memory/public/index.html": "old", "/memory/public/keep.css": "kept"])
        let output = OutputDirectory(updatingInPlace: target, fileSystem: files)
        try output.prepare()
        try output.write(Data("new".utf8), to: "index.html")
        try output.write(Data("page".utf8), to: "news/a/index.html")
        try output.publishInPlace()
        #expect(try files.read(target.appendingPathComponent("index.html")) == Data("new".utf8))
        #expect(try files.read(target.appendingPathComponent("news/a/index.html")) == Data("page".utf8))
        #expect(try files.read(target.appendingPathComponent("keep.css")) == Data("kept".utf8))
        #expect(try files.contents(URL(fileURLWithPath: "/memory")) == ["public"])
    }

    /// A count shared by closures that may run on any thread.
    final class Counter: Sendable {
        private let count = Mutex<Int>(0)
        var value: Int { count.withLock { $0 } }
        func increment() { count.withLock { $0 += 1 } }
    }
}

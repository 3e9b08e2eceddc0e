import Foundation
import Testing

@testable import SiteGenServer

/// The watcher looks again only at the files inotify names; whatever it
/// cannot name makes it look at every file.
@Suite("Serve: the files a change names")
struct ChangeSignalTests {
    private func site() throws -> URL {
        let root = TestSupport.temporaryDirectory()
        for folder in ["content/news", "static", "templates"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        try Data("name: Shop\n".utf8).write(to: root.appendingPathComponent("site.yml"))
        return root
    }

    private func signal(_ root: URL) throws -> ChangeSignal {
        try #require(
            ChangeSignal(
                folders: SiteWatcher.folders.map { root.appendingPathComponent($0) },
                files: SiteWatcher.files.map { root.appendingPathComponent($0) }))
    }

    @Test("a saved page and site.yml are named; nothing else is needed to see them")
    func namesTheFiles() throws {
        let root = try site()
        defer { TestSupport.cleanUp(root) }
        let signal = try signal(root)
        let page = root.appendingPathComponent("content/news/a.md")
        try Data("A\n".utf8).write(to: page)
        try Data("name: Other\n".utf8).write(to: root.appendingPathComponent("site.yml"))
        let changes = try #require(signal.changes(timeout: 2))
        #expect(changes.complete)
        #expect(changes.paths.isSuperset(of: [page.path, root.appendingPathComponent("site.yml").path]), "\(changes.paths)")
        #expect(signal.changes(timeout: 0.05) == nil)
    }

    @Test("a new folder is not named with what is in it: the watcher must look at everything")
    func aFolderIsIncomplete() throws {
        let root = try site()
        defer { TestSupport.cleanUp(root) }
        let signal = try signal(root)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("content/blog"), withIntermediateDirectories: true)
        let changes = try #require(signal.changes(timeout: 2))
        #expect(changes.complete == false)
    }

    @Test("looking again at named files gives what a full look gives")
    func restampMatchesSnapshot() throws {
        let root = try site()
        defer { TestSupport.cleanUp(root) }
        let watcher = SiteWatcher(siteDirectory: root)
        let page = root.appendingPathComponent("content/news/a.md")
        try Data("A\n".utf8).write(to: page)
        let before = watcher.snapshot()
        let added = root.appendingPathComponent("content/news/b.md")
        let hidden = root.appendingPathComponent("content/news/.draft.md")
        let wellKnown = root.appendingPathComponent("static/.well-known")
        try FileManager.default.createDirectory(at: wellKnown, withIntermediateDirectories: true)
        let security = wellKnown.appendingPathComponent("security.txt")
        let backup = root.appendingPathComponent("content/news/a.md~")
        for file in [added, hidden, security, backup] { try Data("x\n".utf8).write(to: file) }
        try FileManager.default.removeItem(at: page)
        let named: Set<String> = [added.path, hidden.path, security.path, backup.path, page.path, "/elsewhere/file.md"]
        let after = watcher.restamp(named, in: before)
        #expect(after == watcher.snapshot())
        #expect(after["content/news/b.md"] != nil && after["static/.well-known/security.txt"] != nil)
        #expect(after["content/news/a.md"] == nil && after["content/news/.draft.md"] == nil && after["content/news/a.md~"] == nil)
    }

    @Test("a link to a file counts with the file it leads to, as the build reads it; a linked folder is not walked")
    func linksAreFollowedToFiles() throws {
        let root = try site()
        defer { TestSupport.cleanUp(root) }
        let outside = root.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: outside.appendingPathComponent("folder"), withIntermediateDirectories: true)
        let target = outside.appendingPathComponent("menu.md")
        try Data("Menu\n".utf8).write(to: target)
        try Data("x\n".utf8).write(to: outside.appendingPathComponent("folder/inside.md"))
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("content/menu.md"), withDestinationURL: target)
        try FileManager.default.createSymbolicLink(
            at: root.appendingPathComponent("content/linked"), withDestinationURL: outside.appendingPathComponent("folder"))
        let watcher = SiteWatcher(siteDirectory: root)
        let before = watcher.snapshot()
        #expect(before["content/menu.md"]?.size == 5)
        #expect(before.keys.contains { $0.hasPrefix("content/linked") } == false)
        try Data("Menu du jour\n".utf8).write(to: target)
        #expect(SiteWatcher.changes(from: before, to: watcher.snapshot()) == ["content/menu.md"])
        #expect(watcher.restamp([root.appendingPathComponent("content/menu.md").path], in: before) == watcher.snapshot())
    }
}

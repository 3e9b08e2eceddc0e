import Foundation
import Synchronization
import Testing

@testable import SiteGen
@testable import SiteGenManifest
@testable import SiteGenServer

/// Edits on disk while the preview runs: the served site follows, open
/// pages are told to reload, and a broken edit shows its errors until fixed.
@Suite("Serve: editing while the preview runs")
final class LiveEditingTests {
    let site: URL
    let session: PreviewSession
    let events = EventLog()
    let rebuilds = RebuildLog()
    var port: Int { session.server.port }

    init() throws {
        site = try TestSupport.copyOfSite(TestSupport.exampleSite)
        session = try PreviewSession(options: .init(siteDirectory: site, port: 0), log: { _ in })
        session.start()
        Thread.detachNewThread { [session, rebuilds] in session.watch { rebuilds.append($0) } }
        // A page listening for reload events, as a browser tab would.
        let fd = try RawHTTPClient.connect(port: session.server.port)
        RawHTTPClient.send("GET /__sitegen/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", to: fd)
        Thread.detachNewThread { [events] in
            var chunk = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = recv(fd, &chunk, chunk.count, 0)
                guard count > 0 else { break }
                let text = String(decoding: chunk[..<count], as: UTF8.self)
                events.append(text)
            }
            close(fd)
        }
        Thread.sleep(forTimeInterval: 0.3)
    }

    deinit {
        session.stop()
        TestSupport.cleanUp(site.deletingLastPathComponent())
    }

    var reloads: Int { events.text.components(separatedBy: "event: reload").count - 1 }

    /// Polls until `condition` holds, for at most 10 s.
    func eventually(_ condition: () throws -> Bool) rethrows -> Bool {
        for _ in 0..<200 {
            if try condition() { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return try condition()
    }

    func write(_ text: String, to path: String) throws {
        let url = site.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func append(_ text: String, to path: String) throws {
        let url = site.appendingPathComponent(path)
        try (String(contentsOf: url, encoding: .utf8) + text).write(to: url, atomically: true, encoding: .utf8)
    }

    @Test func aPageEditIsServedAndPagesAreToldToReload() throws {
        let before = reloads
        try append("\nUn paragraphe ajouté pendant l’aperçu.\n", to: "content/a-propos.md")
        #expect(try eventually { try RawHTTPClient.get("/a-propos/", port: port).text.contains("Un paragraphe ajouté pendant l’aperçu.") })
        #expect(eventually { reloads > before })
        // The page and the list pages were re-rendered, nothing else.
        let rebuild = try #require(rebuilds.all.last)
        #expect(!rebuild.full)
        #expect(
            rebuild.report?.written == [
                "a-propos/index.html", "actualites/index.html", "index.html", "nos-pains/index.html", "publications/index.html",
            ])
    }

    @Test func eachKindOfChangeGetsItsOwnRebuild() throws {
        try append("\nNouvelle ligne.\n", to: "content/actualites/2026-04-08-atelier-gouter-enfants.md")
        #expect(eventually { rebuilds.all.count >= 1 })
        let post = try #require(rebuilds.all.last)
        #expect(post.report?.written.contains("feed.xml") == true, "a news post's text is in the feed")
        #expect(post.report?.written.count == 6)

        try append("x\n", to: "static/favicon.svg")
        #expect(eventually { rebuilds.all.count >= 2 })
        #expect(rebuilds.all.last?.report?.written == ["favicon.svg"])

        try append("<!-- changed -->\n", to: "content/index.md")
        #expect(eventually { rebuilds.all.count >= 3 })
        #expect(rebuilds.all.last?.full == false)

        try write(
            try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("Templates/header.mustache"), encoding: .utf8) + "<!-- h -->\n",
            to: "templates/header.mustache")
        #expect(eventually { rebuilds.all.count >= 4 })
        let template = try #require(rebuilds.all.last)
        #expect(template.full == false)
        #expect(template.report?.written.contains("404.html") == true)
        #expect(template.report?.written.contains("qui-sommes-nous.html") == false, "redirect pages do not use the header")

        try append("\n# a comment\n", to: "site.yml")
        #expect(eventually { rebuilds.all.count >= 5 })
        #expect(rebuilds.all.last?.full == true, "site.yml shows on every page")
    }

    @Test func templateLinksAndStaticEditsAreServed() throws {
        try write("<footer><p>Pied de page de test pour {{site.name}}</p></footer>\n", to: "templates/footer.mustache")
        #expect(try eventually { try RawHTTPClient.get("/contact/", port: port).text.contains("Pied de page de test pour Boulangerie Martin") })

        _ = try LinksManifestEditor(siteDirectory: site).add(.profile(url: "https://piaille.fr/@boulangerie_test", label: nil))
        #expect(try eventually { try RawHTTPClient.get("/links/", port: port).text.contains("https://piaille.fr/@boulangerie_test") })

        try write("Bonjour\n", to: "static/hello.txt")
        #expect(eventually { (try? RawHTTPClient.get("/hello.txt", port: port).text) == "Bonjour\n" })
    }

    /// A new templates/custom.css is linked from every page, and each edit of it is served.
    @Test func customCSSIsPickedUpAndItsEditsServed() throws {
        try write(":root { --link: #0b5d1e; }\n", to: "templates/custom.css")
        #expect(try eventually { try RawHTTPClient.get("/", port: port).text.contains(#"<link rel="stylesheet" href="/custom.css">"#) })
        #expect(try RawHTTPClient.get("/custom.css", port: port).text == ":root { --link: #0b5d1e; }\n")
        try write(":root { --link: #7a1f00; }\n", to: "templates/custom.css")
        #expect(eventually { (try? RawHTTPClient.get("/custom.css", port: port).text) == ":root { --link: #7a1f00; }\n" })
    }

    @Test func aBrokenEditShowsItsErrorsThenRecovers() throws {
        let page = site.appendingPathComponent("content/a-propos.md")
        let original = try String(contentsOf: page, encoding: .utf8)
        try original.replacingOccurrences(of: "title: ", with: "title: [unclosed ").write(to: page, atomically: true, encoding: .utf8)
        #expect(
            try eventually {
                let answer = try RawHTTPClient.get("/", port: port)
                return answer.status == 500 && answer.text.contains("content/a-propos.md:") && answer.text.contains("error: YAML syntax")
            })
        // Files that are not pages are still served from the last good build.
        #expect(try RawHTTPClient.get("/style.css", port: port).status == 200)
        try original.write(to: page, atomically: true, encoding: .utf8)
        #expect(try eventually { try RawHTTPClient.get("/a-propos/", port: port).status == 200 })
    }

    @Test func editorTemporaryFilesAreIgnored() throws {
        #expect(SiteWatcher.isEditorTemporaryFile(".a-propos.md.swp"))
        #expect(SiteWatcher.isEditorTemporaryFile("a-propos.md~"))
        #expect(SiteWatcher.isEditorTemporaryFile(".#a-propos.md"))
        #expect(SiteWatcher.isEditorTemporaryFile("4913"))
        #expect(!SiteWatcher.isEditorTemporaryFile("a-propos.md"))
        let watcher = SiteWatcher(siteDirectory: site)
        let before = watcher.snapshot()
        try write("scratch", to: "content/.a-propos.md.swp")
        #expect(SiteWatcher.changes(from: before, to: watcher.snapshot()).isEmpty)
    }
}

/// What an event stream has received so far, from another thread.
final class EventLog: Sendable {
    private let received = Mutex<[String]>([])

    func append(_ text: String) { received.withLock { $0.append(text) } }
    var text: String { received.withLock { $0.joined() } }
}

/// The rebuilds of a preview, from its watcher's thread.
final class RebuildLog: Sendable {
    private let rebuilds = Mutex<[PreviewSession.Rebuild]>([])

    func append(_ rebuild: PreviewSession.Rebuild) { rebuilds.withLock { $0.append(rebuild) } }
    var all: [PreviewSession.Rebuild] { rebuilds.withLock { $0 } }
}

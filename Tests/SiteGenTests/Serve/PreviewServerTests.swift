import Foundation
import Testing

@testable import SiteGen
@testable import SiteGenServer

/// The preview server end to end: a real HTTP client against a session the
/// test starts on a free port of 127.0.0.1.
@Suite("Serve: the preview server")
final class PreviewServerTests {
    let site: URL
    let session: PreviewSession
    var port: Int { session.server.port }

    init() throws {
        site = try TestSupport.copyOfSite(TestSupport.exampleSite)
        session = try PreviewSession(options: .init(siteDirectory: site, port: 0), log: { _ in })
        let first = session.start()
        precondition(first.report != nil, "the example site must build: \(first.errors)")
    }

    deinit {
        session.stop()
        TestSupport.cleanUp(site.deletingLastPathComponent())
    }

    @Test func servesPagesWithTheLiveReloadScriptAndTheirTypes() throws {
        let page = try RawHTTPClient.get("/a-propos/", port: port)
        #expect(page.status == 200)
        #expect(page.headers["content-type"] == "text/html; charset=utf-8")
        #expect(page.text.contains("new EventSource(\"/__sitegen/events\")"))
        #expect(page.text.contains(#"<link rel="canonical" href="http://127.0.0.1:\#(port)/a-propos/">"#))
        for (path, type) in [
            ("/style.css", "text/css; charset=utf-8"), ("/images/logo.svg", "image/svg+xml"),
            ("/feed.xml", "application/xml; charset=utf-8"), ("/contact.vcf", "text/vcard; charset=utf-8"),
            ("/robots.txt", "text/plain; charset=utf-8"),
        ] {
            let answer = try RawHTTPClient.get(path, port: port)
            #expect(answer.status == 200, "\(path)")
            #expect(answer.headers["content-type"] == type, "\(path)")
        }
        // Files that are not pages are served as they were built.
        let css = try RawHTTPClient.get("/style.css", port: port)
        // The theme's, then what the example's theme: block adds (colours, fonts).
        let theme = try Data(contentsOf: TestSupport.packageRoot.appendingPathComponent("Templates/style.css"))
        #expect(css.body.starts(with: StylesheetComments.removed(from: theme)))
    }

    @Test func prettyURLsRedirectToTheirSlash() throws {
        let answer = try RawHTTPClient.get("/a-propos?x=1", port: port)
        #expect(answer.status == 301)
        #expect(answer.headers["location"] == "/a-propos/?x=1")
    }

    @Test func unknownAddressesGetTheSites404Page() throws {
        let answer = try RawHTTPClient.get("/nowhere/", port: port)
        #expect(answer.status == 404)
        #expect(answer.text.contains("Page introuvable"))
    }

    @Test func headAndRevalidation() throws {
        let head = try RawHTTPClient.get("/", port: port, method: "HEAD")
        #expect(head.status == 200)
        #expect(head.body.isEmpty)
        let etag = try #require(head.headers["etag"])
        let again = try RawHTTPClient.get("/", port: port, headers: ["If-None-Match": etag])
        #expect(again.status == 304)
        let post = try RawHTTPClient.get("/", port: port, method: "POST")
        #expect(post.status == 405)
    }

    @Test(arguments: [
        "/../site.yml", "/../../../../etc/passwd", "/%2e%2e/site.yml", "/%2E%2E/%2E%2E/etc/passwd", "/images/..%2f..%2fsite.yml",
        "/images%2f..%2f..%2fsite.yml", "/..\\site.yml", "/%5c..%5csite.yml", "//etc/passwd", "/images/%00logo.svg",
        "/./index.html", "/%2e/index.html",
    ])
    func refusesEveryWayOut(_ target: String) throws {
        let answer = try RawHTTPClient.get(target, port: port)
        #expect([400, 403, 404].contains(answer.status), "\(target) gave \(answer.status)")
        #expect(!answer.text.contains("root:"))
        #expect(!answer.text.contains("name: Boulangerie"))
    }

    @Test func refusesSymbolicLinksThatLeaveTheBuild() throws {
        let root = try #require(session.currentRoot)
        try FileManager.default.createSymbolicLink(
            at: root.appendingPathComponent("outside.txt"), withDestinationURL: site.appendingPathComponent("site.yml"))
        let answer = try RawHTTPClient.get("/outside.txt", port: port)
        #expect(answer.status == 403)
    }

    /// Files larger than the server holds in memory are streamed from disk, whole.
    @Test func largeFilesAreStreamedWhole() throws {
        let root = try #require(session.currentRoot)
        var bytes = [UInt8](repeating: 0, count: 3 * 1024 * 1024 + 17)
        for index in bytes.indices { bytes[index] = UInt8(truncatingIfNeeded: index &* 2_654_435_761 >> 13) }
        try Data(bytes).write(to: root.appendingPathComponent("video.mp4"))
        let answer = try RawHTTPClient.get("/video.mp4", port: port)
        #expect(answer.status == 200)
        #expect(answer.headers["content-type"] == "video/mp4")
        #expect(answer.body == Data(bytes))
        let head = try RawHTTPClient.get("/video.mp4", port: port, method: "HEAD")
        #expect(head.headers["content-length"] == String(bytes.count))
    }

    @Test func oversizedRequestsAreRefused() throws {
        let longLine = try RawHTTPClient.get("/" + String(repeating: "a", count: 20_000), port: port)
        #expect(longLine.status == 414)
        let bigHeader = try RawHTTPClient.get("/", port: port, headers: ["X-Big": String(repeating: "b", count: 40_000)])
        #expect(bigHeader.status == 431)
        let manyHeaders = try RawHTTPClient.get("/", port: port, headers: Dictionary(uniqueKeysWithValues: (0..<150).map { ("X-H\($0)", "v") }))
        #expect(manyHeaders.status == 431)
        let garbage = try RawHTTPClient.connect(port: port)
        defer { close(garbage) }
        RawHTTPClient.send("NOT HTTP\r\n\r\n", to: garbage)
        #expect(RawHTTPClient.readAnswer(from: garbage)?.status == 400)
    }

    @Test func aSlowClientDoesNotHoldUpOthers() throws {
        let slow = try RawHTTPClient.connect(port: port)
        defer { close(slow) }
        RawHTTPClient.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n", to: slow)  // and never finishes
        let other = try RawHTTPClient.get("/contact/", port: port)
        #expect(other.status == 200)
    }
}

@Suite("Serve: HTTP dates")
struct HTTPDateTests {
    @Test func writesTheRFC1123Form() {
        #expect(SiteResponder.httpDate(Date(timeIntervalSince1970: 784_111_777)) == "Sun, 06 Nov 1994 08:49:37 GMT")
    }
}

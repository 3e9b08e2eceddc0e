import Foundation
import Testing

@testable import SiteGenFetch

/// A local stand-in for the Wayback Machine's availability API.
@Suite("Fetch: ArchiveLookup")
struct ArchiveLookupFetchTests {
    private func server(answering json: String, status: Int = 200) throws -> LocalHTTPServer {
        let server = LocalHTTPServer(routes: [
            "/wayback/available": { _ in .data(Data(json.utf8), status: status, contentType: "application/json") }
        ])
        try server.start()
        return server
    }

    @Test("a capture is returned, with https")
    func capture() throws {
        let server = try server(
            answering: """
                {"url": "https://example.com/a", "archived_snapshots": {"closest": {"status": "200", "available": true,
                 "url": "http://web.archive.org/web/20240312000000/https://example.com/a", "timestamp": "20240312000000"}}}
                """)
        defer { server.stop() }
        let capture = try ArchiveLookup(baseURL: server.baseURL).closestCapture(of: "https://example.com/a")
        #expect(capture == "https://web.archive.org/web/20240312000000/https://example.com/a")
    }

    @Test("no capture gives nil")
    func none() throws {
        let server = try server(answering: #"{"url": "https://example.com/a", "archived_snapshots": {}}"#)
        defer { server.stop() }
        #expect(try ArchiveLookup(baseURL: server.baseURL + "/").closestCapture(of: "https://example.com/a") == nil)
    }

    @Test(
        "captures that are not usable give nil",
        arguments: [
            #"{"available": false, "status": "200", "url": "http://web.archive.org/web/1/https://example.com/a"}"#,
            #"{"available": true, "status": "404", "url": "http://web.archive.org/web/1/https://example.com/a"}"#,
            #"{"available": true, "status": "200", "url": "javascript:alert(1)"}"#,
            #"{"available": true, "status": "200"}"#,
            #"{"status": "200", "url": "http://web.archive.org/web/1/https://example.com/a"}"#,
        ])
    func unusable(_ closest: String) throws {
        let server = try server(answering: #"{"archived_snapshots": {"closest": \#(closest)}}"#)
        defer { server.stop() }
        #expect(try ArchiveLookup(baseURL: server.baseURL).closestCapture(of: "https://example.com/a") == nil)
    }

    @Test("a capture without a status is accepted")
    func noStatus() throws {
        let server = try server(answering: #"{"archived_snapshots": {"closest": {"available": true, "url": "https://web.archive.org/web/2/x"}}}"#)
        defer { server.stop() }
        #expect(try ArchiveLookup(baseURL: server.baseURL).closestCapture(of: "https://example.com/a") == "https://web.archive.org/web/2/x")
    }

    @Test("an HTTP error is a FetchError")
    func httpError() throws {
        let server = try server(answering: "{}", status: 500)
        defer { server.stop() }
        let error = try #require(throws: FetchError.self) {
            try ArchiveLookup(baseURL: server.baseURL).closestCapture(of: "https://example.com/a")
        }
        #expect(error.message.hasPrefix("HTTP 500 from the Wayback Machine"))
    }

    @Test(
        "an answer that is not the expected JSON is a FetchError",
        arguments: [
            "<html>not json</html>", "[1, 2]", #"{"something": "else"}"#, "",
        ])
    func invalidJSON(_ body: String) throws {
        let server = try server(answering: body)
        defer { server.stop() }
        let error = try #require(throws: FetchError.self) {
            try ArchiveLookup(baseURL: server.baseURL).closestCapture(of: "https://example.com/a")
        }
        #expect(error.message.contains("not the expected JSON"))
        #expect(!error.message.contains("\n"))
    }

    @Test("a network failure is a FetchError")
    func refused() throws {
        try LocalHTTPServer.withRefusingPort { port in
            let error = try #require(throws: FetchError.self) {
                try ArchiveLookup(baseURL: "http://127.0.0.1:\(port)").closestCapture(of: "https://example.com/a")
            }
            #expect(error.message.contains("could not connect"))
        }
    }

    @Test("the article's address is one percent-encoded query value, & and # included")
    func percentEncoding() throws {
        let server = try server(answering: #"{"archived_snapshots": {}}"#)
        defer { server.stop() }
        let article = "https://www.example.fr/actu/pain?id=12&page=2#commentaires é+x"
        _ = try ArchiveLookup(baseURL: server.baseURL).closestCapture(of: article)
        let request = try #require(server.requests(to: "/wayback/available").first)
        let value = try #require(request.rawQueryValue("url"))
        #expect(value == "https%3A%2F%2Fwww.example.fr%2Factu%2Fpain%3Fid%3D12%26page%3D2%23commentaires%20%C3%A9%2Bx")
        #expect(value.removingPercentEncoding == article)
        #expect(request.rawQueryValue("page") == nil)
        #expect(request.query?.contains("#") == false)
    }
}

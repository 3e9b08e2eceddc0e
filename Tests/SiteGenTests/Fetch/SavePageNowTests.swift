import Foundation
import Synchronization
import Testing

@testable import SiteGenFetch

/// Save Page Now 2 against a scripted transport (what is sent, answer by
/// answer) and against a local server (the real libcurl request).
@Suite("Fetch: SavePageNow")
struct SavePageNowTests {
    static let keys = SavePageNow.Keys(access: "ACCESS", secret: "SECRET")
    static let page = "https://news.example/a?b=1&c=d e"

    /// Answers in turn: the submission, then each status asked for; records every request and every sleep.
    final class Script: Sendable {
        let answers: Mutex<[(status: Int, json: String)]>
        let requests = Mutex<[HTTPRequest]>([])
        let sleeps = Mutex<[Duration]>([])

        init(_ answers: [(status: Int, json: String)]) {
            self.answers = Mutex(answers)
        }

        var saver: SavePageNow {
            SavePageNow(
                baseURL: "https://spn.example/", keys: SavePageNowTests.keys,
                transport: HTTPTransport(send: { request, _ in
                    self.requests.withLock { $0.append(request) }
                    let next = self.answers.withLock { $0.isEmpty ? (status: 200, json: #"{"status": "pending"}"#) : $0.removeFirst() }
                    return HTTPResponse(
                        status: next.status, contentType: "application/json", body: Data(next.json.utf8), finalURL: request.url.absoluteString)
                }),
                sleep: { duration in self.sleeps.withLock { $0.append(duration) } })
        }
    }

    static let accepted = (200, #"{"url": "https://news.example/a", "job_id": "spn2-abc123"}"#)

    @Test func aJobThatSucceedsGivesTheCaptureAndTheRequestsCarryTheKeys() throws {
        let script = Script([
            Self.accepted, (200, #"{"status": "pending"}"#),
            (200, #"{"status": "success", "timestamp": "20240312101500", "original_url": "https://news.example/a?b=1"}"#),
        ])
        #expect(try script.saver.save(Self.page) == .saved("https://web.archive.org/web/20240312101500/https://news.example/a?b=1"))
        let requests = script.requests.withLock { $0 }
        #expect(requests.count == 3)
        let post = try #require(requests.first)
        #expect(post.method == .post)
        #expect(post.url.absoluteString == "https://spn.example/save")
        #expect(post.headers["Authorization"] == "LOW ACCESS:SECRET")
        #expect(post.headers["Accept"] == "application/json")
        #expect(String(decoding: post.body ?? Data(), as: UTF8.self) == "url=https%3A%2F%2Fnews.example%2Fa%3Fb%3D1%26c%3Dd%20e&skip_first_archive=1")
        #expect(requests.dropFirst().allSatisfy { $0.method == .get && $0.url.absoluteString == "https://spn.example/save/status/spn2-abc123" })
        #expect(requests.dropFirst().allSatisfy { $0.headers["Authorization"] == "LOW ACCESS:SECRET" })
        #expect(script.sleeps.withLock { $0 } == [.seconds(2), .seconds(4)])
    }

    @Test func aJobStillPendingAtTheEndGivesUpAfterTwoMinutesOfBackoff() throws {
        let script = Script([Self.accepted])
        #expect(try script.saver.save(Self.page) == .pending)
        let sleeps = script.sleeps.withLock { $0 }
        #expect(sleeps == [.seconds(2), .seconds(4), .seconds(8), .seconds(16), .seconds(30), .seconds(30), .seconds(30)])
        #expect(sleeps.reduce(.zero, +) == .seconds(120))
        #expect(script.requests.withLock { $0.count } == 8)
    }

    @Test func aJobThatFailsGivesSavePageNowsOwnWords() throws {
        let script = Script([
            Self.accepted,
            (200, #"{"status": "error", "status_ext": "error:not-found", "message": "The server cannot find the requested resource."}"#),
        ])
        #expect(try script.saver.save(Self.page) == .failed("The server cannot find the requested resource."))
    }

    @Test(
        "a refused submission gives its message, or its status_ext",
        arguments: [
            (
                (429, #"{"message": "You have already reached the limit of active sessions.", "status_ext": "error:too-many-requests"}"#),
                "You have already reached the limit of active sessions."
            ),
            ((401, #"{"status": "error", "status_ext": "error:unauthorized"}"#), "error:unauthorized"),
            ((200, #"{"message": "line\nbreak"}"#), "line break"),
            ((403, #"{"message": 42}"#), "Save Page Now did not take the page (HTTP 403)"),
        ])
    func refusal(_ answer: (Int, String), _ expected: String) throws {
        let script = Script([answer])
        #expect(try script.saver.save(Self.page) == .failed(expected))
        #expect(script.requests.withLock { $0.count } == 1)
    }

    @Test(
        "hostile or broken answers are errors, never a request elsewhere",
        arguments: [
            (200, "<html>not json</html>"), (502, "Bad gateway"), (200, "[1, 2]"),
            (200, String(repeating: "[", count: 100_000)),
            (200, #"{"job_id": "../../evil"}"#), (200, #"{"job_id": "a/b?c"}"#),
            (200, #"{"job_id": "\#(String(repeating: "a", count: 101))"}"#),
        ])
    func hostile(_ answer: (Int, String)) {
        let script = Script([answer])
        #expect(throws: FetchError.self) { _ = try script.saver.save(Self.page) }
        #expect(script.requests.withLock { $0.count } == 1)
    }

    @Test(
        "a success without a usable capture time is an error; a hostile original_url is not used",
        arguments: [
            (#"{"status": "success"}"#, nil),
            (#"{"status": "success", "timestamp": "2024x"}"#, nil),
            (
                #"{"status": "success", "timestamp": "20240312101500", "original_url": "javascript:alert(1)"}"#,
                "https://web.archive.org/web/20240312101500/https://news.example/a?b=1&c=d e"
            ),
        ] as [(String, String?)])
    func success(_ json: String, _ expected: String?) throws {
        let script = Script([Self.accepted, (200, json)])
        if let expected {
            #expect(try script.saver.save(Self.page) == .saved(expected))
        } else {
            #expect(throws: FetchError.self) { _ = try script.saver.save(Self.page) }
        }
    }

    @Test func keysComeFromTheEnvironmentOnlyWhenBothAreGiven() {
        #expect(SavePageNow.Keys.from(environment: ["IA_ACCESS_KEY": "a", "IA_SECRET_KEY": "s"])?.secret == "s")
        #expect(SavePageNow.Keys.from(environment: ["IA_ACCESS_KEY": "a"]) == nil)
        #expect(SavePageNow.Keys.from(environment: ["IA_ACCESS_KEY": "a", "IA_SECRET_KEY": "  "]) == nil)
    }

    /// The real transport: the local server sees the POST, its headers and the
    /// form's length; a redirect is not followed (it would carry the keys).
    @Test func overHTTPTheKeysGoOnlyToSavePageNow() throws {
        let server = LocalHTTPServer(routes: [
            "/save": { _ in .data(Data(#"{"job_id": "spn2-1"}"#.utf8), contentType: "application/json") },
            "/save/status/spn2-1": { _ in
                .data(Data(#"{"status": "success", "timestamp": "20240312101500"}"#.utf8), contentType: "application/json")
            },
            "/moved/save": { _ in .redirect(to: "http://127.0.0.1:1/elsewhere", status: 307) },
        ])
        try server.start()
        defer { server.stop() }
        var saver = SavePageNow(baseURL: server.baseURL, keys: Self.keys, sleep: { _ in })
        #expect(try saver.save("https://a.example/") == .saved("https://web.archive.org/web/20240312101500/https://a.example/"))
        let post = try #require(server.requests(to: "/save").first)
        #expect(post.method == "POST")
        #expect(post.headers["authorization"] == "LOW ACCESS:SECRET")
        #expect(post.headers["content-type"] == "application/x-www-form-urlencoded")
        #expect(post.headers["content-length"] == "\("url=https%3A%2F%2Fa.example%2F&skip_first_archive=1".utf8.count)")
        #expect(server.requests(to: "/save/status/spn2-1").first?.headers["authorization"] == "LOW ACCESS:SECRET")

        saver.baseURL = server.url("/moved")
        #expect(throws: FetchError.self) { _ = try saver.save("https://a.example/") }
    }
}

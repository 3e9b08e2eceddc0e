import Foundation
import Testing

@testable import SiteGenFetch

/// An adversarial pass over issue 11's commands: what a hostile server, a
/// hostile site folder or an unlucky owner can do to `check --external`,
/// `verify` and `archive`. Each test was written to fail before its fix.
@Suite("Site: issue 11, hostile inputs")
struct IssueElevenHostileTests {
    static let userAgent = LinkChecker.userAgent(siteURL: "https://www.bakery.example/")

    private func started(_ routes: [String: LocalHTTPServer.Handler]) throws -> LocalHTTPServer {
        let server = LocalHTTPServer(routes: routes)
        try server.start()
        return server
    }

    /// A HEAD answer's Content-Length is the size of the page a GET would
    /// bring, not a body: a 50 MB PDF menu that answers HEAD properly is there.
    @Test func aLargeFileWhoseHeadDeclaresItsLengthIsOk() throws {
        let head = "HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\nContent-Length: 50000000\r\nConnection: close\r\n\r\n"
        let server = try started(["/menu.pdf": { _ in .raw(Data(head.utf8)) }])
        defer { server.stop() }
        let checker = LinkChecker(userAgent: Self.userAgent, cacheFile: nil, limits: LinkCheckLimits(timeout: .seconds(2)))
        let result = checker.check([server.url("/menu.pdf")])[0]
        #expect(result.verdict == .ok, "\(result.detail)")
        #expect(result.httpStatus == 200)
        #expect(server.requests().map(\.method) == ["HEAD"])
    }
}

import Foundation
import Testing

@testable import SiteGen
@testable import SiteGenCore

/// The planner claims the output paths of every generator from the one list
/// the build runs, so that no file of the owner can stand where one goes.
@Suite("Site: generators claim their paths")
struct GeneratorClaimsTests {
    @Test func aStaticFileAtAnyGeneratedPathIsRefusedNamingItsGenerator() throws {
        let site = try TestSupport.copyOfSite(TestSupport.exampleSite)
        defer { TestSupport.cleanUp(site.deletingLastPathComponent()) }
        let options = BuildOptions(siteDirectory: site, workingDirectory: site)
        let snapshot = try SiteBuilder(options: options, clock: .fixed(Date(timeIntervalSince1970: 0))).buildKeepingState().snapshot
        let input = ClaimInput(
            config: snapshot.inputs.config, sources: snapshot.inputs.sources,
            staticFiles: snapshot.inputs.staticFiles, theme: snapshot.inputs.theme)
        let claimed = OutputGenerator.all.flatMap { $0.claims(input) }
        #expect(claimed.count >= 9, "404, two feeds, sitemap, robots.txt, vCard, QR code and the theme's two stylesheets")
        for claim in claimed {
            let file = site.appendingPathComponent("static").appendingPathComponent(claim.path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("mine\n".utf8).write(to: file)
        }
        let error = #expect(throws: DiagnosticsError.self) {
            try TestSupport.build(site, into: site.appendingPathComponent("public"))
        }
        let messages = error?.diagnostics.filter { $0.severity == .error }.map(\.message) ?? []
        for claim in claimed {
            #expect(messages.contains { $0.contains(claim.path) && $0.contains(claim.owner) }, "nothing refused static/\(claim.path)")
        }
    }
}

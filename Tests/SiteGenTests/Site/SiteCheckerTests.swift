import Foundation
import Testing

@testable import SiteGen
@testable import SiteGenCore

/// `sitegen check` without the network (issue 11): the site is built into a
/// folder of its own, its output is left alone, and what an owner should
/// fix is reported at its place.
@Suite("Site: sitegen check's build and audit")
struct SiteCheckerTests {
    private func check(_ site: URL) -> SiteCheckReport {
        SiteChecker(siteDirectory: site, clock: .fixed(Date(timeIntervalSince1970: 1_796_212_800))).check()
    }

    private func lines(_ diagnostics: [Diagnostic], root: URL) -> [String] {
        diagnostics.flatMap { $0.description.split(separator: "\n").map(String.init) }
            .map { $0.replacingOccurrences(of: root.path + "/", with: "") }
    }

    @Test func theExampleSiteIsClean() throws {
        let site = try TestSupport.copyOfSite(TestSupport.exampleSite)
        defer { TestSupport.cleanUp(site.deletingLastPathComponent()) }
        let report = check(site)
        #expect(report.built)
        #expect(lines(report.diagnostics, root: site) == [])
        let kinds = Dictionary(grouping: report.outgoingLinks, by: \.kind).mapValues(\.count)
        #expect(kinds[.profile] == 10)
        #expect(kinds[.press] == 6, "the dead article is not asked about")
        #expect((kinds[.page] ?? 0) > 0)
        #expect(
            !report.outgoingLinks.contains { URL(string: $0.address)?.host?.hasSuffix("boulangerie-martin.fr") == true },
            "the site's own address is not another site")
    }

    @Test func eachWarningIsAtItsPlace() throws {
        let site = try TestSupport.copyOfSite(TestSupport.fixture("check-warnings"))
        defer { TestSupport.cleanUp(site.deletingLastPathComponent()) }
        let report = check(site)
        #expect(report.built)
        #expect(report.errorCount == 0)
        let expected = try String(contentsOf: TestSupport.fixture("check-warnings").appendingPathComponent("expected-warnings.txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        #expect(lines(report.diagnostics, root: site) == expected)
        #expect(
            report.outgoingLinks.map { "\($0.kind.rawValue) \($0.address) \($0.location.line)" } == [
                "profile https://www.instagram.com/fixture.bakery/ 2",
                "press https://blog.example/bread 8", "press https://news.example/fixture-bakery-opens 4",
                "page https://news.example/ 14",
            ])
    }

    @Test func aBrokenSiteReportsItsErrorsAndStillItsManifestLinks() throws {
        let site = try TestSupport.copyOfSite(TestSupport.fixture("check-warnings"))
        defer { TestSupport.cleanUp(site.deletingLastPathComponent()) }
        try Data("[broken](/nothing/)\n".utf8).write(to: site.appendingPathComponent("content/broken.md"))
        let report = check(site)
        #expect(!report.built)
        #expect(report.errorCount == 1)
        #expect(
            lines(report.diagnostics.filter { $0.severity == .error }, root: site) == [
                "content/broken.md:1:1: error: the link \"/nothing/\" points to /nothing/, which is not a file of the site (static/ or a page)"
            ])
        #expect(report.outgoingLinks.map(\.kind) == [.profile, .press, .press])
    }

    @Test func theOutputFolderIsNotTouchedAndNothingIsLeftBehind() throws {
        let site = try TestSupport.copyOfSite(TestSupport.exampleSite)
        defer { TestSupport.cleanUp(site.deletingLastPathComponent()) }
        let output = site.appendingPathComponent("public")
        try TestSupport.build(site, into: output)
        try Data("edited".utf8).write(to: site.appendingPathComponent("content/contact.md"), options: .atomic)
        let before = try TestSupport.tree(output)
        let temporary = site.deletingLastPathComponent().appendingPathComponent("temporary")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        var checker = SiteChecker(siteDirectory: site)
        checker.temporaryDirectory = temporary
        let report = checker.check()
        #expect(report.built)
        #expect(try TestSupport.tree(output) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path) == [], "the temporary build is removed")
    }

    @Test func aHeavyHomePageIsReported() throws {
        let site = try TestSupport.copyOfSite(TestSupport.fixture("check-warnings"))
        defer { TestSupport.cleanUp(site.deletingLastPathComponent()) }
        var generator = SystemRandomNumberGenerator()
        let words = (0..<9000).map { _ in String((0..<6).map { _ in "abcdefghijklmnopqrstuvwxyz".randomElement(using: &generator)! }) }
        let index = site.appendingPathComponent("content/index.md")
        let text = try String(contentsOf: index, encoding: .utf8) + "\n" + words.joined(separator: " ") + "\n"
        try Data(text.utf8).write(to: index)
        let report = check(site)
        let weight = report.diagnostics.filter { $0.message.hasPrefix("the home page and its stylesheets weigh") }
        #expect(weight.count == 1)
        #expect(weight.first?.message.contains("over the 14 KB") == true)
        #expect(weight.first?.location.file.hasSuffix("content/index.md") == true)
    }

    @Test(
        "a description that is empty or a file name is no description",
        arguments: [
            ("", true), ("  ", true), ("IMG_2041.jpg", true), ("img_2041", true), ("DSC01234", true), ("PXL_20240501_093000", true),
            ("oven", true), ("photo.png", true), ("Our oven, door open", false), ("Photo of the team in 1987", false),
        ])
    func imageDescriptions(_ example: (String, Bool)) {
        #expect((ContentAudit.descriptionProblem(example.0, of: "/images/oven.jpg") != nil) == example.1)
    }
}

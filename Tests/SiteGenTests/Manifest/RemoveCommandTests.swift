import Foundation
import Testing

@testable import SiteGen

/// `press remove` and `profile remove` as the README describes them, on a
/// copy of the example's hand-written links.yml: the entry's lines go with
/// the comment written directly above it, every other byte stays, and the
/// next build no longer shows it.
@Suite("Manifest commands: removing a press mention or a profile")
struct RemoveCommandTests {
    /// `text` without the entry that starts with `- url: <address>`, its
    /// comment lines directly above and its indented lines below.
    static func without(_ address: String, in text: String) throws -> (text: String, removed: ClosedRange<Int>) {
        var lines = text.components(separatedBy: "\n")
        let start = try #require(lines.firstIndex(of: "  - url: \(address)"), "no entry for \(address)")
        var first = start
        while first > 0, lines[first - 1].hasPrefix("  #") { first -= 1 }
        var end = start + 1
        while end < lines.count, lines[end].hasPrefix("    ") { end += 1 }
        lines.removeSubrange(first..<end)
        return (lines.joined(separator: "\n"), (first + 1)...end)
    }

    @Test func pressRemoveTakesOutTheEntryAndItsCommentAndTheSiteFollows() throws {
        let site = try TestSupport.copyOfSite(TestSupport.exampleSite)
        defer { TestSupport.cleanUp(site.deletingLastPathComponent()) }
        let address = "https://www.rennes-gourmand.fr/2023/10/kouign-amann-rue-de-saint-malo/"
        let before = try LinksEditingTests.linksText(site)
        let expected = try Self.without(address, in: before)

        let dryRun = try CommandLineTests.run(["press", "remove", address, "--dry-run"], in: site)
        #expect(dryRun.status == 0, "\(dryRun.stderr)")
        #expect(
            dryRun.stdout.hasPrefix(
                "Would remove from links.yml, lines \(expected.removed.lowerBound)-\(expected.removed.upperBound) (dry run: nothing was changed):\n"
                    + "  # This little webzine closed in 2025; only the archived copy is left.\n  - url: \(address)\n"), "\(dryRun.stdout)")
        #expect(try LinksEditingTests.linksText(site) == before)

        let removed = try CommandLineTests.run(["press", "remove", address], in: site)
        #expect(removed.status == 0, "\(removed.stderr)")
        #expect(
            removed.stdout.hasPrefix(
                "Removed from links.yml, lines \(expected.removed.lowerBound)-\(expected.removed.upperBound) of the old file:\n"),
            "\(removed.stdout)")
        #expect(try LinksEditingTests.linksText(site) == expected.text)

        let output = site.deletingLastPathComponent().appendingPathComponent("public")
        try TestSupport.build(site, into: output)
        let press = try TestSupport.text(output, "press/index.html")
        #expect(!press.contains("rennes-gourmand.fr"))
        #expect(press.contains("Galette des rois : la boulangerie Martin primée au concours départemental"))

        let again = try CommandLineTests.run(["press", "remove", address], in: site)
        #expect(again.status == 1)
        #expect(try LinksEditingTests.linksText(site) == expected.text)
    }

    @Test func profileRemoveTakesOutTheProfileAndItsCommentAndTheSiteFollows() throws {
        let site = try TestSupport.copyOfSite(TestSupport.exampleSite)
        defer { TestSupport.cleanUp(site.deletingLastPathComponent()) }
        let address = "https://www.pinterest.fr/boulangeriemartin/"
        let before = try LinksEditingTests.linksText(site)
        let expected = try Self.without(address, in: before)
        #expect(expected.removed.count == 2, "the comment line and the entry's line")

        let removed = try CommandLineTests.run(["profile", "remove", "Pinterest"], in: site)
        #expect(removed.status == 0, "\(removed.stderr)")
        #expect(
            removed.stdout
                == "Removed from links.yml, lines \(expected.removed.lowerBound)-\(expected.removed.upperBound) of the old file:\n"
                + "  # Claire pins the wedding cakes and the pièces montées here.\n  - url: \(address)\n", "\(removed.stdout)")
        #expect(try LinksEditingTests.linksText(site) == expected.text)

        let output = site.deletingLastPathComponent().appendingPathComponent("public")
        try TestSupport.build(site, into: output)
        for page in ["index.html", "links/index.html"] {
            let html = try TestSupport.text(output, page)
            #expect(!html.contains("pinterest"), "\(page) still links the removed profile")
            #expect(html.contains("https://www.youtube.com/@boulangeriemartin"), "\(page) lost another profile")
        }
    }
}

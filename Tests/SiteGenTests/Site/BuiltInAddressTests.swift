import Foundation
import SiteGen
import Testing

/// `slug:` in content/press.md or content/links.md moves sitegen's own page,
/// with its feed, menu entry and sitemap entry; the old address redirects.
@Suite struct BuiltInAddressTests {
    @Test func slugMovesThePressAndLinksPages() throws {
        let root = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(root) }
        let site = root.appendingPathComponent("site")
        try SiteInitializer().create(at: site, display: "site", for: StarterSiteTests.salon)
        try Data("---\ntitle: In de pers\nslug: pers\nmenu: footer\n---\n\nWat de kranten over ons schreven.\n".utf8)
            .write(to: site.appendingPathComponent("content/press.md"))
        try Data("---\ntitle: Vind ons online\nslug: vind-ons\n---\n".utf8).write(to: site.appendingPathComponent("content/links.md"))
        try Data(
            """
            profiles:
              - url: https://www.instagram.com/kapsalonlotte/
            press:
              - url: https://www.bruzz.be/lotte
                title: Lotte knipt al twintig jaar in de Dansaertstraat
                outlet: Bruzz
                date: 2026-10-01

            """.utf8
        ).write(to: site.appendingPathComponent("links.yml"))
        let public_ = site.appendingPathComponent("public")
        try TestSupport.build(site, into: public_)

        let pers = try TestSupport.text(public_, "pers/index.html")
        #expect(pers.contains("Wat de kranten over ons schreven."))
        #expect(pers.contains("Lotte knipt al twintig jaar"), "the moved page is still the press page, with the articles")
        #expect(pers.contains("/pers/feed.xml"))
        let links = try TestSupport.text(public_, "vind-ons/index.html")
        #expect(links.contains("instagram.com/kapsalonlotte"))

        let oldPress = try TestSupport.text(public_, "press/index.html")
        #expect(oldPress.contains("url=/pers/"), "the old address redirects")
        #expect(try TestSupport.text(public_, "links/index.html").contains("/vind-ons/"))

        let feed = try TestSupport.text(public_, "pers/feed.xml")
        #expect(feed.contains("href=\"https://www.kapsalonlotte.be/pers/\""))
        #expect(!FileManager.default.fileExists(atPath: public_.appendingPathComponent("press/feed.xml").path))

        let sitemap = try TestSupport.text(public_, "sitemap.xml")
        #expect(sitemap.contains("/pers/</loc>"))
        #expect(!sitemap.contains("/press/</loc>"))
        let home = try TestSupport.text(public_, "index.html")
        #expect(home.components(separatedBy: ">In de pers</a>").count == 2, "one footer entry for the press page")
        #expect(!home.contains("href=\"/press/\""))
    }
}

import Foundation
import Testing

@testable import SiteGen
@testable import SiteGenCore

/// Issue 11: a profile marked `status: gone` (the account was suspended,
/// banned or closed) stays on /links/ as text with its archived copy, and
/// is never again claimed as the business's own.
@Suite("Site: profiles that are gone")
struct GoneProfileSiteTests {
    static let instagram = "https://www.instagram.com/boulangerie.martin/"
    static let instagramArchive = "https://web.archive.org/web/20250101000000/https://www.instagram.com/boulangerie.martin/"
    static let facebook = "https://www.facebook.com/boulangeriemartinrennes"

    let files: FileSystem

    /// The example bakery with Instagram gone (archived) and Facebook gone (no archive).
    init() throws {
        files = try InMemoryBuild.copy(of: TestSupport.exampleSite)
        let links = TestSupport.exampleSite.appendingPathComponent("links.yml")
        var text = String(decoding: try files.read(links), as: UTF8.self)
        let goneBefore = text.components(separatedBy: "status: gone").count
        text = text.replacingOccurrences(
            of: "  - url: \(Self.instagram)\n    label: Instagram\n",
            with: "  - url: \(Self.instagram)\n    label: Instagram\n    status: gone\n    archive: \(Self.instagramArchive)\n")
        text = text.replacingOccurrences(
            of: "  - url: \(Self.facebook)\n    label: Facebook\n",
            with: "  - url: \(Self.facebook)\n    label: Facebook\n    status: gone\n")
        try #require(text.components(separatedBy: "status: gone").count == goneBefore + 2)
        try files.write(Data(text.utf8), links)
        try InMemoryBuild.build(TestSupport.exampleSite, in: files)
    }

    func page(_ path: String) throws -> String { try InMemoryBuild.text(files, path) }

    @Test func theLinksPageNamesThemAsTextWithTheArchivedCopy() throws {
        let html = try page("links/index.html")
        #expect(html.matches(of: /<a class="link-button" rel="me"/).count == 8)
        #expect(
            html.contains(
                #"<li><span class="gone-name">Instagram</span> (@boulangerie.martin) – ce compte n’est plus disponible · <a href="\#(Self.instagramArchive)">Copie archivée</a></li>"#
            ))
        #expect(html.contains(#"<li><span class="gone-name">Facebook</span> (boulangeriemartinrennes) – ce compte n’est plus disponible</li>"#))
        // Never a link to the gone accounts themselves.
        #expect(!html.contains(#"href="\#(Self.instagram)""#))
        #expect(!html.contains(#"href="\#(Self.facebook)""#))
    }

    @Test func theyAreNotRelMeInTheHeadOrTheFooter() throws {
        let home = try page("index.html")
        #expect(home.matches(of: /<link rel="me" href="([^"]+)">/).count == 8)
        for path in ["index.html", "a-propos/index.html", "links/index.html"] {
            let html = try page(path)
            let relMe = html.matches(of: /rel="me" href="([^"]+)"/).map { String($0.output.1) }
            #expect(relMe.count >= 8, "\(path)")
            #expect(!relMe.contains(Self.instagram) && !relMe.contains(Self.facebook), "\(path)")
            #expect(!html.contains(#"href="\#(Self.instagram)""#) && !html.contains(#"href="\#(Self.facebook)""#), "\(path)")
        }
    }

    @Test func theyAreNotInSameAsNorInTheContactCard() throws {
        let home = try page("index.html")
        let json = try #require(home.firstMatch(of: /<script type="application\/ld\+json">(.+?)<\/script>/)?.output.1)
        let graph = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let business = try #require((graph["@graph"] as? [[String: Any]])?.first { $0["@type"] as? String == "Bakery" })
        let sameAs = try #require(business["sameAs"] as? [String])
        #expect(sameAs.count == 8)
        #expect(!sameAs.contains(Self.instagram) && !sameAs.contains(Self.facebook))
        let card = try page("contact.vcf")
        #expect(card.contains("URL:https://mastodon.social/@boulangerie_martin\r\n"))
        #expect(!card.contains("instagram.com") && !card.contains("facebook.com"))
    }
}

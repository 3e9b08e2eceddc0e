import Foundation
import Testing

@testable import SiteGen
@testable import SiteGenCore

/// The business's presence in the built example: contact block, profiles,
/// press, structured data and the files made for people and machines.
@Suite("Site: the business presence")
struct PresenceSiteTests {
    /// The site and its output, in memory: nothing here needs the disk.
    let files: FileSystem

    init() throws {
        files = try InMemoryBuild.copy(of: TestSupport.exampleSite)
        try InMemoryBuild.build(TestSupport.exampleSite, in: files)
    }

    func page(_ path: String) throws -> String { try InMemoryBuild.text(files, path) }

    @Test func everyPageHasTheSameContactBlock() throws {
        // /links/ stands alone, without the footer: it is a card of its own (PresencePagesTests).
        // The English pages have the same block in English (MultilingualSiteTests).
        let pages = try InMemoryBuild.tree(files).keys.filter {
            $0.hasSuffix(".html") && $0 != "qui-sommes-nous.html" && $0 != "links/index.html" && !$0.hasPrefix("en/")
        }
        let blocks = try pages.map { path -> String in
            let html = try page(path)
            let start = try #require(html.range(of: #"<section class="contact h-card""#))
            let end = try #require(html.range(of: "</section>", range: start.upperBound..<html.endIndex))
            return String(html[start.lowerBound..<end.upperBound])
        }
        #expect(Set(blocks).count == 1, "the contact block differs between pages")
        let block = try #require(blocks.first)
        #expect(block.contains(#"<a class="p-tel" href="tel:+33299123456">+33 2 99 12 34 56</a>"#))
        #expect(block.contains(#"<a class="u-email" href="mailto:bonjour@boulangerie-martin.fr">"#))
        #expect(block.contains("https://www.openstreetmap.org/?mlat=48.11470&amp;mlon=-1.68080"))
        #expect(block.contains("https://www.google.com/maps/search/?api=1&amp;query=Boulangerie%20Martin"))
        #expect(block.contains("<li>Mardi – vendredi : 07:00–13:30, 15:30–19:30</li>"))
        #expect(block.contains(#"<a href="/contact.vcf">"#))
        #expect(pages.contains("404.html"))
    }

    @Test func profilesCarryRelMeWithMastodonFirst() throws {
        let home = try page("index.html")
        let headLinks = home.matches(of: /<link rel="me" href="([^"]+)">/).map { String($0.output.1) }
        #expect(headLinks.count == 10)
        #expect(headLinks.first == "https://mastodon.social/@boulangerie_martin")
        let footerLinks = try page("a-propos/index.html").matches(of: /<a rel="me" href="([^"]+)">/).map { String($0.output.1) }
        #expect(footerLinks == headLinks)
        // Never on press articles.
        #expect(!(try page("press/index.html")).contains(#"rel="me" href="https://www.letelegramme.fr"#))
    }

    @Test func linksPageHasAButtonPerProfileThenContact() throws {
        let html = try page("links/index.html")
        #expect(html.matches(of: /<a class="link-button" rel="me"/).count == 10)
        #expect(html.contains(#"<a class="link-button plain" href="tel:+33299123456">"#))
        #expect(html.contains(#"<h1 class="p-name">Boulangerie Martin</h1>"#))
    }

    @Test func pressPageListsMentionsNewestFirstAndKeepsDeadOnesReadable() throws {
        let html = try page("press/index.html")
        let dates = html.matches(of: /<time datetime="(\d{4}-\d{2}-\d{2})">/).map { String($0.output.1) }
        #expect(dates.count == 7)
        #expect(dates == dates.sorted(by: >))
        // The dead article links its archived copy and shows the original address as text only.
        let dead = "https://www.rennes-gourmand.fr/2023/10/kouign-amann-rue-de-saint-malo/"
        #expect(!html.contains(#"href="\#(dead)""#))
        #expect(html.contains(#"<summary>Adresse d’origine</summary><p>\#(dead)</p>"#))
        #expect(html.contains(#"href="https://web.archive.org/web/20231006120000/\#(dead)""#))
        #expect(html.contains("<h1>Ils parlent de nous</h1>"))
    }

    @Test func homeHasJSONLDOfTheBusinessAndOtherPagesDoNot() throws {
        let home = try page("index.html")
        let json = try #require(home.firstMatch(of: /<script type="application\/ld\+json">(.+?)<\/script>/)?.output.1)
        let graph = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let nodes = try #require(graph["@graph"] as? [[String: Any]])
        let business = try #require(nodes.first { $0["@type"] as? String == "Bakery" })
        #expect(business["telephone"] as? String == "+33299123456")
        #expect((business["sameAs"] as? [String])?.count == 10)
        #expect(nodes.contains { $0["@type"] as? String == "WebSite" })
        #expect(!(try page("a-propos/index.html")).contains("application/ld+json"))
    }

    @Test func everyPageHasOpenGraphAndATwitterCard() throws {
        let html = try page("actualites/nouveau-four-a-bois/index.html")
        #expect(html.contains(#"<meta property="og:type" content="article">"#))
        #expect(html.contains(#"<meta property="og:url" content="https://www.boulangerie-martin.fr/actualites/nouveau-four-a-bois/">"#))
        #expect(html.contains(#"<meta property="og:locale" content="fr_FR">"#))
        #expect(html.contains(#"<meta property="og:site_name" content="Boulangerie Martin">"#))
        #expect(html.contains(#"<meta name="twitter:card" content="summary_large_image">"#))
        #expect(html.contains(#"<meta property="og:image" content="https://www.boulangerie-martin.fr/images/"#))
    }

    @Test func contactPageShowsTheHoursTableAndTheQRCode() throws {
        let html = try page("contact/index.html")
        #expect(html.contains(#"<tr class="closed"><th scope="row">Lundi</th><td><span class="hours-range">Fermé</span> </td></tr>"#))
        #expect(html.contains("25 décembre 2026 (Noël)"))
        #expect(html.contains(#"<img src="/qr.svg""#))
        let qr = try page("qr.svg")
        #expect(qr.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "))
    }

    @Test func vcardAndPressFeedAreWritten() throws {
        let card = try page("contact.vcf")
        #expect(card.hasPrefix("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Boulangerie Martin\r\n"))
        #expect(card.contains("TEL;TYPE=WORK,VOICE:+33299123456\r\n"))
        let feed = try page("press/feed.xml")
        #expect(feed.contains("<id>https://www.letelegramme.fr/"))
        #expect(try page("index.html").contains(#"href="/press/feed.xml""#))
    }

    @Test func staleDetailsAreWarnedAboutWithoutFailingTheBuild() throws {
        let in2029 = Date(timeIntervalSince1970: 1_861_920_000)
        let report = try InMemoryBuild.build(TestSupport.exampleSite, in: files, clock: .fixed(in2029))
        let messages = report.warnings.map(\.description)
        #expect(messages.contains { $0.hasPrefix("site.yml:") && $0.contains("last_verified.hours") })
        #expect(messages.contains { $0.contains("last_verified.contact") })
        #expect(messages.contains { $0.contains("special_hours: every date has passed") })
        let today = try InMemoryBuild.build(TestSupport.exampleSite, in: files, clock: .fixed(Date(timeIntervalSince1970: 1_795_000_000)))
        #expect(today.warnings.isEmpty)
    }
}

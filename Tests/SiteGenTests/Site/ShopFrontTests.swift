import Foundation
import Testing

@testable import SiteGen
@testable import SiteGenCore

/// Issue 15: the home page as a shop front. The business's name, its
/// one-line description, the hero picture of `theme.hero` and buttons for
/// what visitors come for; the hours and the address on the page; lists of
/// pages as cards; a header menu that is never two wrapped lines of links.
@Suite("Site: the home page as a shop front")
struct ShopFrontTests {
    let files: FileSystem

    init() throws {
        files = try InMemoryBuild.copy(of: TestSupport.exampleSite)
        try InMemoryBuild.build(TestSupport.exampleSite, in: files)
    }

    func page(_ path: String, in output: URL = InMemoryBuild.output) throws -> String {
        try InMemoryBuild.text(files, path, in: output)
    }

    /// The example bakery, with `edit` applied to its file at `path` (`site.yml`, `content/index.md`).
    func edit(_ path: String, _ edit: (String) -> String) throws {
        let url = TestSupport.exampleSite.appendingPathComponent(path)
        let before = String(decoding: try files.read(url), as: UTF8.self)
        let after = edit(before)
        try #require(after != before, "the edit of \(path) changed nothing")
        try files.write(Data(after.utf8), url)
    }

    /// The buttons of the shop front, as (class, address, label).
    static func actions(_ html: String) -> [(kind: String, url: String, label: String)] {
        html.matches(of: /<a class="action action-([a-z]+)(?: primary)?" href="([^"]+)">.*?<span>([^<]+)<\/span><\/a>/.dotMatchesNewlines())
            .map { (String($0.output.1), String($0.output.2), String($0.output.3)) }
    }

    static func main(_ html: String) -> Substring {
        guard let start = html.range(of: "<main"), let end = html.range(of: "</main>") else { return "" }
        return html[start.lowerBound..<end.upperBound]
    }

    @Test func theNameIsTheOneHeadingAndTheLongTitleStaysInTheTitle() throws {
        let html = try page("index.html")
        #expect(html.matches(of: /<h1[ >]/).count == 1)
        #expect(html.contains("<h1>Boulangerie Martin</h1>"))
        #expect(html.contains("<title>Boulangerie Martin, pains au levain à Rennes</title>"))
        #expect(!Self.main(html).contains("pains au levain à Rennes<"))
        #expect(
            html.contains(
                #"<p class="front-description">Boulangerie familiale à Rennes depuis 1987 — pains au levain cuits au feu de bois, kouign-amann et viennoiseries pur beurre.</p>"#
            ))
    }

    @Test func theHeroIsAResponsivePictureWithItsDescriptionNeverLazy() throws {
        let html = try page("index.html")
        let hero = try #require(
            html.firstMatch(
                of: /<img class="front-picture" src="([^"]+)" srcset="([^"]+)" sizes="([^"]+)" width="(\d+)" height="(\d+)" alt="([^"]*)">/))
        #expect(String(hero.output.3) == ImageSettings.heroSizes)
        #expect(
            String(hero.output.6)
                == "La devanture de la boulangerie Martin, rue de Saint-Malo, avec son auvent rayé et ses paniers de pain en vitrine")
        #expect(Int(hero.output.4) == 960 && Int(hero.output.5) == 720)
        for candidate in hero.output.2.split(separator: ", ") {
            let address = String(candidate.split(separator: " ")[0].dropFirst())
            #expect(files.kind(InMemoryBuild.output.appendingPathComponent(address)) == .file, "\(address) is not written")
        }
        // The first picture of the page, and shown once: index.md no longer has it.
        let main = Self.main(html)
        #expect(main.firstRange(of: "<img")?.lowerBound == main.firstRange(of: #"<img class="front-picture""#)?.lowerBound)
        #expect(main.matches(of: /alt="La devanture/).count == 1)
        #expect(html.contains(#"<div class="front-hero with-picture">"#))
    }

    @Test func theButtonsCallShowTheWayWriteOnWhatsAppAndJumpToTheHours() throws {
        let html = try page("index.html")
        let actions = Self.actions(html)
        #expect(actions.map(\.kind) == ["call", "directions", "whatsapp", "hours"])
        #expect(actions.map(\.label) == ["Appeler", "Itinéraire", "WhatsApp", "Horaires"])
        #expect(
            actions.map(\.url) == [
                "tel:+33299123456",
                "https://www.google.com/maps/dir/?api=1&amp;destination=Boulangerie%20Martin%2C%2014%20rue%20de%20Saint-Malo%2C%2035000%20Rennes",
                "https://wa.me/33299123456", "#hours",
            ])
        #expect(html.contains(#"<a class="action action-call primary" href="tel:+33299123456">"#))
        // No booking_url: no Book button.
        #expect(!html.contains("action-book"))
    }

    @Test func theHoursAndTheAddressAreOnThePageWhereTheButtonLeads() throws {
        let html = try page("index.html")
        let hours = try #require(html.firstMatch(of: /<section id="hours" class="glance-hours">(.*?)<\/section>/.dotMatchesNewlines()))
        #expect(hours.output.1.contains("<h2>Horaires d’ouverture</h2>"))
        #expect(hours.output.1.contains("<li>Mardi – vendredi : 07:00–13:30, 15:30–19:30</li>"))
        #expect(html.contains("<p>14 rue de Saint-Malo<br>35000 Rennes</p>"))
        #expect(html.matches(of: /id="hours"/).count == 1)
    }

    @Test func bookAppearsWithABookingAddressAndWhatsAppOnlyWithAProfile() throws {
        try edit("site.yml") { $0.replacingOccurrences(of: "\nemail:", with: "\nbooking_url: https://booking.example/martin\nemail:") }
        try edit("links.yml") { $0.replacingOccurrences(of: "  - url: https://wa.me/33299123456\n    label: WhatsApp\n", with: "") }
        let output = URL(fileURLWithPath: "/sitegen-in-memory/booking")
        try InMemoryBuild.build(TestSupport.exampleSite, in: files, into: output)
        let actions = Self.actions(try page("index.html", in: output))
        #expect(actions.map(\.kind) == ["call", "directions", "book", "hours"])
        #expect(actions.first { $0.kind == "book" }?.url == "https://booking.example/martin")
        #expect(actions.first { $0.kind == "book" }?.label == "Réserver")
    }

    @Test func withoutAHeroPictureTheShopFrontIsTheNameTheDescriptionAndTheButtons() throws {
        try edit("site.yml") { $0.replacingOccurrences(of: #"  hero: .*\n  hero_alt:\n(    .*\n)+"#, with: "", options: .regularExpression) }
        let output = URL(fileURLWithPath: "/sitegen-in-memory/plain")
        try InMemoryBuild.build(TestSupport.exampleSite, in: files, into: output)
        let html = try page("index.html", in: output)
        #expect(html.contains(#"<div class="front-hero">"#))
        #expect(!html.contains("front-picture"))
        #expect(html.contains("<h1>Boulangerie Martin</h1>"))
        #expect(Self.actions(html).count == 4)
    }

    @Test func aHeroPictureTheSiteDoesNotHaveIsAnErrorAtItsKey() throws {
        try edit("site.yml") { $0.replacingOccurrences(of: "  hero: /images/devanture.jpg", with: "  hero: /images/devantur.jpg") }
        let output = URL(fileURLWithPath: "/sitegen-in-memory/missing")
        let error = #expect(throws: DiagnosticsError.self) { try InMemoryBuild.build(TestSupport.exampleSite, in: files, into: output) }
        let messages = error?.diagnostics.map(\.description) ?? []
        #expect(
            messages.contains { $0.contains(#"error: theme.hero: "/images/devantur.jpg""#) && $0.contains("did you mean /images/devanture.jpg?") })
        #expect(messages.allSatisfy { $0.hasPrefix("site.yml:") })
    }

    @Test func aPictureOfTheHomePageTextWaitsForItsTurnBehindTheHero() throws {
        try edit("content/index.md") { $0 + "\n![Le fournil au petit matin](/images/fournil.jpg)\n" }
        let output = URL(fileURLWithPath: "/sitegen-in-memory/text-picture")
        try InMemoryBuild.build(TestSupport.exampleSite, in: files, into: output)
        let html = try page("index.html", in: output)
        #expect(html.contains(#"alt="Le fournil au petit matin" loading="lazy""#))
        #expect(!(html.firstMatch(of: /<img class="front-picture"[^>]*>/)?.output.contains("lazy") ?? true))
    }

    @Test func latestNewsAndSectionsAreCardsWithTheirPictures() throws {
        let home = try page("index.html")
        let news = try #require(home.firstMatch(of: /<section class="front-news"(.*?)<\/section>/.dotMatchesNewlines()))
        #expect(news.output.1.contains(#"<ul class="cards">"#))
        let thumbnails = news.output.1.matches(
            of: /<img class="thumbnail" src="[^"]+" srcset="([^"]+)" sizes="([^"]+)"[^>]*alt="([^"]+)" loading="lazy"/)
        #expect(thumbnails.count == 3)
        #expect(thumbnails.allSatisfy { String($0.output.2) == ImageSettings.cardSizes })
        #expect(thumbnails.first?.output.3 == "La vitrine vue de près, des miches et des baguettes sur des étagères en bois")

        let section = try page("nos-pains/index.html")
        #expect(section.contains(#"<div class="wrap wide h-feed">"#))
        #expect(section.contains(#"<ul class="cards">"#) && !section.contains("photo-grid"))
        let cards = section.matches(of: /<img class="thumbnail u-photo" src="[^"]+" srcset="([^"]+)" sizes="([^"]+)"/)
        #expect(cards.count == 3)
        #expect(cards.allSatisfy { String($0.output.2) == ImageSettings.cardSizes })
        for candidate in cards.flatMap({ $0.output.1.split(separator: ", ") }) {
            let address = String(candidate.split(separator: " ")[0].dropFirst())
            #expect(files.kind(InMemoryBuild.output.appendingPathComponent(address)) == .file, "\(address) is not written")
        }
        // Posts brought home from Instagram stay a grid of small photos.
        let photos = try page("publications/index.html")
        #expect(photos.contains(#"<ul class="cards photo-grid">"#))
        #expect(photos.contains("sizes=\"\(ImageSettings.thumbnailSizes)\""))
    }

    @Test func theMenuFoldsIntoADisclosureOnPhonesAndKeepsTheCurrentPage() throws {
        let html = try page("nos-pains/index.html")
        let header = try #require(html.firstMatch(of: /<header class="site-header menu-folds-narrow">(.*?)<\/header>/.dotMatchesNewlines()))
        let text = header.output.1
        #expect(text.contains(#"<nav class="main-menu" aria-label="Menu principal">"#))
        #expect(text.contains(#"<details class="menu-disclosure">"#))
        #expect(text.contains("<span>Menu</span></summary>"))
        #expect(text.contains(#"<ul class="menu-list">"#))
        // Both lists mark the page shown; one of them is hidden by the stylesheet at any width.
        #expect(text.matches(of: /<li><a href="\/nos-pains\/" aria-current="page">Nos pains<\/a><\/li>/).count == 2)
        // The third is the language switcher's, for the page's own language.
        #expect(text.matches(of: /aria-current/).count == 3)
        #expect(text.contains(#"<a href="/nos-pains/" hreflang="fr" lang="fr" aria-current="page">Français</a>"#))
    }

    @Test func aShortMenuIsOneLineWithoutADisclosure() throws {
        for path in ["content/a-propos.md", "content/nos-pains/index.md", "content/actualites/index.md"] {
            try edit(path) { $0.replacingOccurrences(of: "\nmenu: main\n", with: "\n") }
        }
        let output = URL(fileURLWithPath: "/sitegen-in-memory/short-menu")
        try InMemoryBuild.build(TestSupport.exampleSite, in: files, into: output)
        let html = try page("index.html", in: output)
        #expect(html.contains(#"<header class="site-header menu-one-line">"#))
        #expect(!html.contains("<details"))
        #expect(html.contains(#"<li><a href="/" aria-current="page">Accueil</a></li>"#))
    }

    @Test func theStylesheetHasTheShopFrontInTheThemesVariables() throws {
        let css = try page("style.css")
        #expect(css.contains("grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr))"))
        #expect(css.contains(".wrap.wide { max-width: var(--wide); }"))
        let start = try #require(css.range(of: ".wrap.wide { max-width: var(--wide); }"))
        // Up to the colours and fonts of the example's own theme: block, which sitegen appends.
        let end = css.range(of: BrandColoursSiteTests.marker)?.lowerBound ?? css.endIndex
        let region = css[start.lowerBound..<end]
        // Colours come from the theme's variables, so they follow dark mode and the brand settings.
        #expect(region.firstMatch(of: /#[0-9a-fA-F]{3,6}\b/) == nil)
        #expect(region.contains("var(--brand)") && region.contains("var(--on-brand)") && region.contains("var(--button-radius)"))
        #expect(region.contains("min-height: 52px"))
    }

    @Test func theWeekIsTheSameWhateverTheDayOfTheBuild() throws {
        let later = URL(fileURLWithPath: "/sitegen-in-memory/later")
        try InMemoryBuild.build(TestSupport.exampleSite, in: files, into: later, clock: .fixed(Date(timeIntervalSince1970: 1_800_000_000)))
        #expect(try page("index.html", in: later).contains(#"<section id="hours" class="glance-hours">"#))
        for path in ["index.html", "nos-pains/index.html", "actualites/index.html", "style.css"] {
            #expect(try page(path) == (try page(path, in: later)), "\(path) differs")
        }
    }
}

import Foundation
import Testing

@testable import SiteGen
@testable import SiteGenCore

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Tests/SiteGenTests/Fixtures/multilingual/: a grocery in Marseille whose
/// site is in French (the default, at the root), English (/en/) and
/// Arabic (/ar/), built end to end.
@Suite("Site: a site in several languages")
struct MultilingualSiteTests {
    static let site = TestSupport.fixture("multilingual")

    let files: FileSystem
    let report: BuildReport
    let tree: [String: Data]

    init() throws {
        files = try InMemoryBuild.copy(of: Self.site)
        report = try InMemoryBuild.build(Self.site, in: files)
        tree = try InMemoryBuild.tree(files)
    }

    func html(_ path: String) -> String {
        String(decoding: tree[path] ?? Data(), as: UTF8.self)
    }

    var pages: [String] { tree.keys.filter { $0.hasSuffix(".html") && !html($0).contains("http-equiv=\"refresh\"") }.sorted() }

    /// The `hreflang` → address pairs of a page's head, feeds left out.
    func alternates(_ path: String) -> Set<String> {
        let pattern = /<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/
        return Set(html(path).matches(of: pattern).map { "\($0.output.1) \($0.output.2)" })
    }

    @Test func buildsWithoutAWarning() {
        #expect(report.warnings.map(\.description) == [])
    }

    @Test func eachLanguageHasItsPagesFeedsAnd404() {
        for path in [
            "index.html", "en/index.html", "ar/index.html", "a-propos/index.html", "en/a-propos/index.html", "ar/about/index.html",
            "en/tourists/index.html", "links/index.html", "en/links/index.html", "ar/links/index.html", "ar/press/index.html",
            "404.html", "en/404.html", "ar/404.html", "feed.xml", "en/feed.xml", "ar/feed.xml", "ar/press/feed.xml",
            "news/degustation-fromages-de-chevre/index.html", "ar/news/dattes-deglet-nour/index.html",
        ] {
            #expect(tree[path] != nil, "\(path) is missing")
        }
        // A page without a translation does not exist in the other languages.
        #expect(tree["tourists/index.html"] == nil)
        #expect(tree["ar/tourists/index.html"] == nil)
        #expect(tree["en/news/degustation-fromages-de-chevre/index.html"] == nil)
        // Shared files are written once, at the root.
        #expect(tree["en/style.css"] == nil && tree["en/sitemap.xml"] == nil && tree["ar/contact.vcf"] == nil)
    }

    @Test func everyPageSaysItsLanguageAndDirection() {
        for path in pages {
            let expected =
                path.hasPrefix("ar/")
                ? #"<html lang="ar" dir="rtl">"# : path.hasPrefix("en/") ? #"<html lang="en" dir="ltr">"# : #"<html lang="fr" dir="ltr">"#
            #expect(html(path).contains(expected), "\(path)")
        }
    }

    @Test func translationsListEachOtherWithTheDefaultLanguageAsXDefault() {
        let group = alternates("a-propos/index.html")
        #expect(
            group == [
                "fr https://www.epicerie-zitoun.fr/a-propos/", "en https://www.epicerie-zitoun.fr/en/a-propos/",
                "ar https://www.epicerie-zitoun.fr/ar/about/", "x-default https://www.epicerie-zitoun.fr/a-propos/",
            ])
        #expect(alternates("en/a-propos/index.html") == group)
        #expect(alternates("ar/about/index.html") == group)
        // A page in one language lists itself; without a French version, no x-default.
        #expect(alternates("en/tourists/index.html") == ["en https://www.epicerie-zitoun.fr/en/tourists/"])
        for path in pages {
            for pair in alternates(path) {
                let address = String(pair.split(separator: " ")[1])
                let target = String(address.dropFirst("https://www.epicerie-zitoun.fr/".count)) + "index.html"
                #expect(alternates(target) == alternates(path), "\(path) and \(target) disagree")
            }
        }
    }

    @Test func theSwitcherLeadsToTheTranslationOrThatLanguagesHome() {
        let french = html("news/degustation-fromages-de-chevre/index.html")
        #expect(french.contains(#"<a href="/en/" hreflang="en" lang="en">English</a>"#))
        #expect(french.contains(#"<a href="/ar/" hreflang="ar" lang="ar">العربية</a>"#))
        #expect(french.contains(#"<a href="/news/degustation-fromages-de-chevre/" hreflang="fr" lang="fr" aria-current="page">Français</a>"#))
        let arabic = html("ar/about/index.html")
        #expect(arabic.contains(#"<a href="/en/a-propos/" hreflang="en" lang="en">English</a>"#))
        for path in pages {
            #expect(html(path).contains(#"<nav class="language-switcher""#), "\(path) has no language switcher")
        }
    }

    @Test func linksToAPageLeadToItsTranslation() {
        // index.en.md links to contact.md, index.ar.md to a-propos.md.
        #expect(html("en/index.html").contains(#"href="/en/contact/""#))
        #expect(html("ar/index.html").contains(#"href="/ar/about/""#))
    }

    @Test func theSitemapListsTheAlternates() throws {
        let sitemap = html("sitemap.xml")
        #expect(sitemap.contains(#"xmlns:xhtml="http://www.w3.org/1999/xhtml""#))
        #expect(
            sitemap.contains(
                """
                <loc>https://www.epicerie-zitoun.fr/ar/about/</loc>
                    <xhtml:link rel="alternate" hreflang="fr" href="https://www.epicerie-zitoun.fr/a-propos/"/>
                    <xhtml:link rel="alternate" hreflang="en" href="https://www.epicerie-zitoun.fr/en/a-propos/"/>
                    <xhtml:link rel="alternate" hreflang="ar" href="https://www.epicerie-zitoun.fr/ar/about/"/>
                    <xhtml:link rel="alternate" hreflang="x-default" href="https://www.epicerie-zitoun.fr/a-propos/"/>
                """))
        _ = try XMLDocument(data: tree["sitemap.xml"]!)
    }

    @Test func theWordsOfSiteYMLAreInEachLanguage() {
        #expect(html("en/index.html").contains("A family grocery in Marseille’s Le Panier"))
        #expect(html("ar/contact/index.html").contains("عيد الفطر، مفتوح صباحًا فقط"))
        #expect(html("en/contact/index.html").contains("Eid al-Fitr, open in the morning only"))
        #expect(!html("en/contact/index.html").contains("Aïd el-Fitr"))
        #expect(html("en/feed.xml").contains(#"xml:lang="en""#))
    }

    @Test func structuredDataAndOpenGraphNameTheLanguages() {
        let home = html("en/index.html")
        #expect(home.contains(#""availableLanguage":["fr","en","ar"]"#))
        #expect(home.contains(#"<meta property="og:locale" content="en_FR">"#))
        #expect(home.contains(#"<meta property="og:locale:alternate" content="fr_FR">"#))
        #expect(home.contains(#"<meta property="og:locale:alternate" content="ar_FR">"#))
        #expect(html("ar/news/huile-nouvelle/index.html").contains(#""inLanguage":"ar""#))
    }

    @Test func oneLanguageListedAloneBuildsAsLanguageDoes() throws {
        // `languages: [nl]` is `language: nl`: the same bytes.
        let salon = TestSupport.exampleSite.appendingPathComponent("kapsalon")
        let plain = try InMemoryBuild.copy(of: salon)
        try InMemoryBuild.build(salon, in: plain)
        let listed = try InMemoryBuild.copy(of: salon)
        let siteFile = salon.appendingPathComponent("site.yml")
        let text = String(decoding: try listed.read(siteFile), as: UTF8.self)
        #expect(text.contains("\nlanguage: nl\n"))
        try listed.write(Data(text.replacingOccurrences(of: "\nlanguage: nl\n", with: "\nlanguages: [nl]\n").utf8), siteFile)
        try InMemoryBuild.build(salon, in: listed)
        #expect(try InMemoryBuild.tree(plain) == InMemoryBuild.tree(listed))
    }

    @Test func aLanguageTheThemeDoesNotSpeakShowsItsWordsInEnglishWithAWarning() throws {
        let copy = try InMemoryBuild.copy(of: Self.site)
        let siteFile = Self.site.appendingPathComponent("site.yml")
        let text = String(decoding: try copy.read(siteFile), as: UTF8.self)
        try copy.write(Data(text.replacingOccurrences(of: "languages: [fr, en, ar]", with: "languages: [fr, en, ar, pt-BR]").utf8), siteFile)
        let report = try InMemoryBuild.build(Self.site, in: copy)
        let warning = try #require(report.warnings.first { $0.message.hasPrefix("the theme's own words") })
        // site.yml's words, not given in pt-BR, are the French ones, with a warning each.
        #expect(report.warnings.contains { $0.message == "description: no `pt-BR:` text; the pages in pt-BR show the fr one" })
        #expect(warning.location.line == 7 && warning.location.column == 12)
        #expect(
            warning.message.hasPrefix("the theme's own words are not written in pt-BR (Português (Brasil)): its pages show 53 of them in English"))
        #expect(warning.message.contains("skip_to_content, main_menu"))
        let home = try InMemoryBuild.text(copy, "pt-br/index.html")
        #expect(home.contains(#"<html lang="pt-BR" dir="ltr">"#))
        #expect(home.contains(">Skip to content<"))
    }

    @Test func anArticleInAnotherLanguageSaysSoOnItsLink() {
        let french = html("press/index.html")
        let arabic = html("ar/press/index.html")
        #expect(french.contains(#"lang="ar" dir="rtl">"#))
        #expect(french.matches(of: /hreflang="ar">/).count == 1)
        #expect(arabic.contains(#"lang="fr" dir="ltr">"#))
        #expect(arabic.matches(of: /hreflang="fr">/).count == 1)
        // An article in the page's own language is marked with its lang only.
        #expect(!french.contains(#"hreflang="fr">"#))
    }

    @Test func aPageOfAOneLanguageSiteMaySayItIsInAnother() throws {
        let salon = TestSupport.exampleSite.appendingPathComponent("kapsalon")
        let copy = try InMemoryBuild.copy(of: salon)
        let page = "---\ntitle: For our English-speaking clients\ndate: 2026-05-01\nlang: en\n---\nWe cut, colour and style every kind of hair.\n"
        try copy.write(Data(page.utf8), salon.appendingPathComponent("content/for-visitors.md"))
        try InMemoryBuild.build(salon, in: copy)
        let html = try InMemoryBuild.text(copy, "for-visitors/index.html")
        #expect(html.contains(#"<html lang="en">"#))
        #expect(html.contains(">May 1, 2026</time>"))
        #expect(!html.contains("mei"))
    }
}

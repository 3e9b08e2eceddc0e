import Foundation
import Testing

@testable import SiteGen
@testable import SiteGenCore

/// `site-example/` built end to end, as a user would, and its output read
/// back; in memory, as nothing here needs the disk.
@Suite("Site: the example bakery")
struct ExampleSiteTests {
    let files: FileSystem
    let output = InMemoryBuild.output
    let report: BuildReport

    init() throws {
        files = try InMemoryBuild.copy(of: TestSupport.exampleSite)
        report = try InMemoryBuild.build(TestSupport.exampleSite, in: files)
    }

    func page(_ path: String) throws -> String { try InMemoryBuild.text(files, path) }

    @Test func writesEveryPageWithPrettyURLs() throws {
        let files = Set(try InMemoryBuild.tree(files).keys)
        for expected in [
            "index.html", "a-propos/index.html", "contact/index.html", "mentions-legales/index.html",
            "nos-pains/index.html", "nos-pains/pain-au-levain/index.html", "nos-pains/kouign-amann/index.html",
            "actualites/index.html", "actualites/nouveau-four-a-bois/index.html", "404.html",
            "style.css", "print.css", "images/logo.svg", "favicon.svg",
        ] {
            #expect(files.contains(expected), "missing \(expected)")
        }
        #expect(report.pageCount == files.filter { $0.hasSuffix("index.html") }.count)
        #expect(report.summary.hasPrefix("Built \(report.pageCount) pages in "))
    }

    @Test func dropsTheDatePrefixFromSlugsAndShowsTheDate() throws {
        let html = try page("actualites/nouveau-four-a-bois/index.html")
        #expect(html.contains(#"<time class="dt-published" datetime="2025-09-23">23 septembre 2025</time>"#))
        #expect(files.kind(output.appendingPathComponent("actualites/2025-09-23-nouveau-four-a-bois")) == .none)
    }

    @Test func leavesDraftsOut() throws {
        let files = try InMemoryBuild.tree(files).keys
        #expect(!files.contains { $0.contains("calendrier") })
        #expect(!(try page("actualites/index.html")).contains("calendrier"))
    }

    @Test func includesDraftsWhenAsked() throws {
        let withDrafts = output.deletingLastPathComponent().appendingPathComponent("with-drafts")
        try InMemoryBuild.build(TestSupport.exampleSite, in: files, into: withDrafts, drafts: true)
        #expect(files.kind(withDrafts.appendingPathComponent("actualites/calendrier-de-l-avent/index.html")) == .file)
    }

    @Test func pageHasTitleLanguageCanonicalAndSkipLink() throws {
        let html = try page("a-propos/index.html")
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"fr\" dir=\"ltr\">"))
        #expect(html.contains("<title>Notre histoire – Boulangerie Martin</title>"))
        #expect(html.components(separatedBy: "<title>").count == 2, "one title")
        #expect(html.contains(#"<link rel="canonical" href="https://www.boulangerie-martin.fr/a-propos/">"#))
        #expect(html.contains(##"<a class="skip-link" href="#main">Aller au contenu</a>"##))
        #expect(html.contains(#"<main id="main""#))
        #expect(html.contains(#"<link rel="icon" href="/favicon.svg" type="image/svg+xml">"#))
        #expect(!html.contains("<script"))
    }

    @Test func navigationMarksTheCurrentPage() throws {
        let html = try page("nos-pains/index.html")
        #expect(html.contains(#"<li><a href="/nos-pains/" aria-current="page">"#))
        #expect(html.contains(#"<li><a href="/">Accueil</a></li>"#))
        let menuOrder = ["/\"", "/a-propos/", "/nos-pains/", "/actualites/", "/contact/"].map { html.range(of: "href=\"\($0)")?.lowerBound }
        #expect(menuOrder.allSatisfy { $0 != nil })
        #expect(menuOrder.compactMap { $0 } == menuOrder.compactMap { $0 }.sorted())
    }

    @Test func markdownLinksBecomePageAddresses() throws {
        let html = try page("index.html")
        #expect(html.contains(#"href="/nos-pains/pain-au-levain/""#))
        #expect(!html.contains(".md\""))
    }

    @Test func headingsGetAnchors() throws {
        let html = try page("a-propos/index.html")
        #expect(html.range(of: #"<h2 id="[a-z0-9-]+">"#, options: .regularExpression) != nil)
    }

    @Test func gfmExtensionsAreRendered() throws {
        #expect(try page("nos-pains/pain-au-levain/index.html").contains("<table>"))
        #expect(try page("nos-pains/viennoiseries/index.html").contains("<del>"))
        #expect(try page("nos-pains/kouign-amann/index.html").contains("data-footnotes"))
        #expect(try page("nos-pains/galette-des-rois/index.html").contains(#"<input type="checkbox" disabled="" aria-label="À faire" />"#))
        #expect(try page("nos-pains/pain-au-levain/index.html").contains(#"<th style="text-align: right">"#))
    }

    @Test func escapesAmpersandsAndQuotesFromFrontMatter() throws {
        let html = try page("actualites/atelier-gouter-enfants/index.html")
        #expect(html.contains("<h1 class=\"p-name\">Pain &amp; chocolat : l’atelier « goûter » des enfants</h1>"))
        #expect(!html.contains(">Pain & chocolat"))
    }

    @Test func aliasesRedirectToThePage() throws {
        let html = try page("qui-sommes-nous.html")
        #expect(html.contains(#"<meta http-equiv="refresh" content="0; url=/a-propos/">"#))
        #expect(html.contains(#"<link rel="canonical" href="https://www.boulangerie-martin.fr/a-propos/">"#))
    }

    @Test func homeListsTheLatestNewsNewestFirst() throws {
        let html = try page("index.html")
        let dates = html.matches(of: /<time datetime="(\d{4}-\d{2}-\d{2})">/).map { String($0.output.1) }
        #expect(dates.count == 3)
        #expect(dates == dates.sorted(by: >))
    }

    @Test func notFoundPageUsesRootedLinks() throws {
        let html = try page("404.html")
        #expect(html.contains("Page introuvable"))
        #expect(html.contains(#"href="/style.css""#))
    }

    @Test func sitemapListsEveryPageAndNothingElse() throws {
        let sitemap = try page("sitemap.xml")
        let listed = Set(sitemap.matches(of: /<loc>([^<]+)<\/loc>/).map { String($0.output.1) })
        let pages = try InMemoryBuild.tree(files).keys.filter { $0.hasSuffix("index.html") }
            .map { "https://www.boulangerie-martin.fr/" + $0.dropLast("index.html".count) }
        #expect(listed == Set(pages))
        #expect(sitemap.contains("<lastmod>2026-07-28</lastmod>"), "updated: wins over the date")
        #expect(try page("robots.txt").contains("Sitemap: https://www.boulangerie-martin.fr/sitemap.xml\n"))
    }

    @Test func newsFeedHasTheLatestPostsWithTheirText() throws {
        let feed = try page("feed.xml")
        let ids = feed.matches(of: /<id>([^<]+)<\/id>/).map { String($0.output.1) }
        #expect(ids.first == "https://www.boulangerie-martin.fr/feed.xml")
        #expect(ids.dropFirst().first == "https://www.boulangerie-martin.fr/actualites/horaires-des-fetes/")
        #expect(ids.count == 1 + 5)
        #expect(!feed.contains("calendrier"), "drafts stay out of the feed")
        #expect(feed.contains("<title>Pain &amp; chocolat : l’atelier « goûter » des enfants</title>"))
        #expect(feed.contains(#"<content type="html">&lt;p&gt;"#))
        #expect(
            try page("index.html").contains(
                #"<link rel="alternate" type="application/atom+xml" title="Actualités – Boulangerie Martin" href="/feed.xml">"#))
    }

    @Test func baseURLOptionMovesEveryAddress() throws {
        let moved = output.deletingLastPathComponent().appendingPathComponent("moved")
        try InMemoryBuild.build(TestSupport.exampleSite, in: files, into: moved, baseURL: "https://example.github.io/bakery")
        let html = try InMemoryBuild.text(files, "a-propos/index.html", in: moved)
        #expect(html.contains(#"<link rel="canonical" href="https://example.github.io/bakery/a-propos/">"#))
        #expect(html.contains(#"href="/bakery/style.css""#))
        #expect(html.contains(#"href="/bakery/nos-pains/""#))
        // Addresses written from the site's root in the Markdown and in site.yml follow too.
        #expect(html.contains(#"<img src="/bakery/images/pain-au-levain-960w."#))
        #expect(try InMemoryBuild.text(files, "index.html", in: moved).contains(#"<img class="front-picture" src="/bakery/images/devanture-960w."#))
    }
}

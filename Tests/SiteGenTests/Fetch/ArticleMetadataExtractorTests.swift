import Foundation
import Testing

@testable import SiteGenCore
@testable import SiteGenFetch

@Suite("Fetch: ArticleMetadataExtractor")
struct ArticleMetadataExtractorFetchTests {
    private func extract(_ html: String) -> ArticleMetadata {
        ArticleMetadataExtractor().extract(html: html, finalURL: "https://news.example/a")
    }

    @Test("OpenGraph")
    func openGraph() {
        let metadata = extract(
            """
            <!doctype html><html><head>
            <meta property="og:title" content="Le meilleur croissant du quartier">
            <meta property="og:site_name" content="Ouest-France">
            <meta property="article:published_time" content="2024-03-12T08:00:00+01:00">
            <meta property="og:locale" content="fr_FR">
            <title>Something else entirely</title>
            </head></html>
            """)
        #expect(
            metadata
                == ArticleMetadata(
                    title: "Le meilleur croissant du quartier", outlet: "Ouest-France",
                    published: ContentDate(year: 2024, month: 3, day: 12), language: "fr", finalURL: "https://news.example/a"))
    }

    @Test("attribute quoting, order, case and name= variants")
    func attributeVariants() {
        let metadata = extract(
            """
            <HTML LANG=de-de><HEAD>
            <META CONTENT='Brot &amp; Butter' PROPERTY='og:title'>
            <meta content=Tageblatt name=og:site_name>
            <meta
               content="2023-11-05"
               property = "article:published_time" />
            </HEAD>
            """)
        #expect(metadata.title == "Brot & Butter")
        #expect(metadata.outlet == "Tageblatt")
        #expect(metadata.published == ContentDate(year: 2023, month: 11, day: 5))
        #expect(metadata.language == "de-DE")
    }

    @Test("the first of repeated meta tags wins; empty ones are skipped")
    func repeatedMeta() {
        let metadata = extract(
            """
            <meta property="og:title" content="  ">
            <meta property="og:title" content="Second">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"From JSON-LD"}</script>
            """)
        #expect(metadata.title == "From JSON-LD")
    }

    @Test("JSON-LD: NewsArticle in @graph, publisher object and reference")
    func jsonLDGraph() {
        let metadata = extract(
            """
            <html><head><title>Ignored | Le Télégramme</title>
            <script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","@id":"https://example/#site","name":"Site"},
              {"@type":"NewsArticle","headline":"Une boulangerie récompensée",
               "datePublished":"2024-05-02T23:30:00-05:00","inLanguage":"fr-FR",
               "publisher":{"@type":"Organization","name":"Le Télégramme"}}
            ]}
            </script></head></html>
            """)
        #expect(metadata.title == "Une boulangerie récompensée")
        #expect(metadata.outlet == "Le Télégramme")
        #expect(metadata.published == ContentDate(year: 2024, month: 5, day: 2))
        #expect(metadata.language == "fr-FR")

        let referenced = extract(
            """
            <script type="application/ld+json">{"@graph":[
              {"@type":["Article","NewsArticle"],"headline":"H","publisher":{"@id":"#org"}},
              {"@type":"Organization","@id":"#org","name":"Referenced Press"}]}</script>
            """)
        #expect(referenced.outlet == "Referenced Press")
    }

    @Test("JSON-LD: arrays, publisher as a string, several blocks, invalid ones ignored")
    func jsonLDVariants() {
        let metadata = extract(
            """
            <script type="application/ld+json">{ this is not JSON </script>
            <script type="application/ld+json">[{"@type":"BreadcrumbList"},
              {"@type":"https://schema.org/BlogPosting","headline":"Our new oven","publisher":"The Baker's Blog"}]</script>
            <script type="application/ld+json">{"@type":"ReportageNewsArticle","datePublished":"2022-01-09",
              "inLanguage":{"@type":"Language","name":"English","alternateName":"en"}}</script>
            """)
        #expect(metadata.title == "Our new oven")
        #expect(metadata.outlet == "The Baker's Blog")
        #expect(metadata.published == ContentDate(year: 2022, month: 1, day: 9))
        #expect(metadata.language == "en")
    }

    @Test("JSON-LD with raw line breaks inside strings is forgiven")
    func jsonLDLineBreaks() {
        let metadata = extract("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Two\nlines\"}</script>")
        #expect(metadata.title == "Two lines")
    }

    @Test("OpenGraph is preferred to JSON-LD, JSON-LD to <title>")
    func preference() {
        let metadata = extract(
            """
            <title>From title</title>
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"From JSON-LD",
              "datePublished":"2020-01-01","publisher":{"name":"JSON Outlet"}}</script>
            <meta property="og:title" content="From OpenGraph">
            <meta property="article:published_time" content="2021-02-02">
            """)
        #expect(metadata.title == "From OpenGraph")
        #expect(metadata.outlet == "JSON Outlet")
        #expect(metadata.published == ContentDate(year: 2021, month: 2, day: 2))
    }

    @Test("neither: <title> and <html lang>; the outlet suffix is removed when known")
    func titleFallback() {
        let plain = extract("<html lang=\"fr\"><head><title>\n  Le pain &amp; nous\n</title></head></html>")
        #expect(plain == ArticleMetadata(title: "Le pain & nous", language: "fr", finalURL: "https://news.example/a"))

        let suffixed = extract(
            """
            <meta property="og:site_name" content="Le Monde">
            <title>Un croissant historique - Le Monde</title>
            """)
        #expect(suffixed.title == "Un croissant historique")
        let piped = extract("<meta property=og:site_name content=Libération><title>Pain | libération</title>")
        #expect(piped.title == "Pain")
        let other = extract("<meta property=og:site_name content=X><title>A - B</title>")
        #expect(other.title == "A - B")
    }

    @Test("a <title> inside an inline SVG is not the page's")
    func svgTitle() {
        let metadata = extract("<body><svg><title>Facebook icon</title></svg><h1>Hi</h1></body>")
        #expect(metadata.title == nil)
    }

    @Test("a <script> in the title does not survive")
    func scriptInTitle() {
        let metadata = extract("<title>Hello <script>alert(1)</script></title>")
        #expect(metadata.title == "Hello")
        let fromMeta = extract("<meta property=\"og:title\" content=\"Hi &lt;script&gt;alert(1)&lt;/script&gt;\">")
        #expect(fromMeta.title == "Hi")
        for title in [metadata.title, fromMeta.title] {
            #expect(title?.contains("<") == false && title?.contains(">") == false)
        }
    }

    @Test("lengths are limited: title 300, outlet 120")
    func lengths() throws {
        let words = String(repeating: "pain ", count: 100)
        let metadata = extract("<meta property=og:title content=\"\(words)\"><meta property=og:site_name content=\"\(words)\">")
        let title = try #require(metadata.title)
        let outlet = try #require(metadata.outlet)
        #expect(title.count <= 300 && title.count > 250)
        #expect(outlet.count <= 120 && outlet.count > 100)
        #expect(title.hasSuffix("pain…"))
    }

    @Test(
        "languages are validated",
        arguments: [
            ("<html lang=\"en-gb\">", "en-GB"),
            ("<html lang=\"zh-hant-tw\">", "zh-Hant-TW"),
            ("<html lang=\"\">", nil),
            ("<html lang=\"français\">", nil),
            ("<html lang=\"en<script>\">", nil),
            ("<html><meta property=\"og:locale\" content=\"fr_CA\">", "fr"),
            ("<html lang=\"de\"><meta property=\"og:locale\" content=\"fr_FR\">", "de"),
            ("<html lang=\"x\"><meta property=\"og:locale\" content=\"it_IT\">", "it"),
        ] as [(String, String?)])
    func languages(_ html: String, expected: String?) {
        #expect(extract(html).language == expected)
    }

    @Test(
        "dates: ISO 8601 date-times and dates, the day as written",
        arguments: [
            ("2024-03-12T08:00:00+01:00", "2024-03-12"),
            ("2024-03-12", "2024-03-12"),
            ("2024-03-12T23:59:59.123Z", "2024-03-12"),
            ("2024-03-12T08:00:00+0100", "2024-03-12"),
            (" 2024-02-29T10:00 ", "2024-02-29"),
            ("2023-02-29", nil),
            ("12 March 2024", nil),
            ("", nil),
        ] as [(String, String?)])
    func dates(_ raw: String, expected: String?) {
        let metadata = extract("<meta property=\"article:published_time\" content=\"\(raw)\">")
        #expect(metadata.published?.isoDay == expected)
        #expect(metadata.published?.secondsOfDay == nil)
    }

    @Test("other date meta tags are a last resort")
    func otherDates() {
        #expect(extract("<meta name=\"date\" content=\"2019-07-14\">").published == ContentDate(year: 2019, month: 7, day: 14))
        #expect(extract("<meta itemprop=\"datePublished\" content=\"2018-01-02\">").published == ContentDate(year: 2018, month: 1, day: 2))
    }

    @Test("meta tags in comments and scripts are not read")
    func commentsAndScripts() {
        let metadata = extract(
            """
            <!-- <meta property="og:title" content="Commented"> -->
            <script>var s = '<meta property="og:title" content="Scripted">';</script>
            <meta property="og:title" content="Real">
            """)
        #expect(metadata.title == "Real")
    }

    @Test("an empty or broken page gives nothing but the address")
    func empty() {
        #expect(extract("") == ArticleMetadata(finalURL: "https://news.example/a"))
        #expect(extract("<<<>>> <meta <title").title == nil)
        #expect(extract("<title>unterminated").title == "unterminated")
    }

    // MARK: Read by an HTML5 parser

    @Test("a <title> in an <svg> is skipped, the page's after it is read")
    func svgTitleThenPageTitle() {
        let metadata = extract("<body><svg viewBox=\"0 0 1 1\"><title>Logo</title><g><title>Icon</title></g></svg><title>Page</title></body>")
        #expect(metadata.title == "Page")
    }

    @Test("a <meta> in the <body> is read")
    func metaInBody() {
        let metadata = extract("<html><head><title>T</title></head><body><p>Text</p><meta property=\"og:title\" content=\"In body\"></body></html>")
        #expect(metadata.title == "In body")
    }

    @Test("a <meta> in a comment is not read")
    func metaInComment() {
        let metadata = extract("<head><!-- <meta property=\"og:title\" content=\"hidden\"> --><title>Shown</title></head>")
        #expect(metadata.title == "Shown")
    }

    @Test("a <script> ends at its own end tag, not at a split or escaped one")
    func scriptEndTricks() {
        let metadata = extract(
            """
            <script>document.write("<meta property='og:title' content='Split'></scr" + "ipt>");</script>
            <script>var t = "</script-like>"; var m = '<meta property="og:title" content="Like">';</script>
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Ends <\\/script> here"}</script>
            <meta property="og:site_name" content="Real">
            """)
        #expect(metadata.outlet == "Real")
        #expect(metadata.title == "Ends here")
        let page = ArticleMetadataExtractor().page(of: "<script type=\"application/ld+json\">{\"a\":\"</scr\" + \"ipt>\"}</script><p>after")
        #expect(page.jsonLD == [#"{"a":"</scr" + "ipt>"}"#])
    }

    @Test("JSON-LD comes out as written: '<' and '&' in its strings")
    func jsonLDExact() {
        let block = #"{"@type":"NewsArticle","headline":"a < b & c","name":"x<y && <b>"}"#
        let html = "<head><script type=\"application/ld+json\">\(block)</script></head>"
        #expect(ArticleMetadataExtractor().page(of: html).jsonLD == [block])
        #expect(extract(html).title == "a < b & c")
        // A block in an HTML comment, as old pages wrap it.
        let wrapped = extract("<script type=\"application/ld+json\"><!--{\"@type\":\"NewsArticle\",\"headline\":\"Wrapped\"}--></script>")
        #expect(wrapped.title == "Wrapped")
    }

    @Test("values are decoded once: the page's &amp;lt; stays a '<' in text")
    func decodedOnce() {
        let page = ArticleMetadataExtractor().page(
            of: "<html lang=\"en\"><meta name=\"x\" content=\"a &amp;lt;b&amp;gt; &amp; &lt;\"><title>1 &lt; 2</title>")
        #expect(page.meta["x"] == "a &amp;lt;b&amp;gt; &amp; &lt;")
        #expect(page.title == "1 &lt; 2")
        #expect(page.htmlLang == "en")
        #expect(extract("<title>1 &lt; 2 &amp; 3</title>").title == "1 < 2 & 3")
    }

    @Test("a 5 MB page is read")
    func largePage() {
        let filler = String(repeating: "<p>Du pain, du vin et du <b>fromage</b> &amp; des <a href=\"/x\">liens</a>.</p>\n", count: 70_000)
        let html =
            "<html lang=\"fr\"><head><title>Grand</title></head><body>" + filler + "<meta property=\"og:site_name\" content=\"Fin\"></body></html>"
        #expect(html.utf8.count > 5_000_000)
        let start = ContinuousClock.now
        let metadata = extract(html)
        #expect(metadata.title == "Grand")
        #expect(metadata.outlet == "Fin")
        #expect(metadata.language == "fr")
        #expect(ContinuousClock.now - start < .seconds(30))
    }

    @Test("10,000 nested <div>s before the <title> are read quickly")
    func deepNesting() {
        let nested = String(repeating: "<div>", count: 10_000) + String(repeating: "</div>", count: 10_000)
        let start = ContinuousClock.now
        let metadata = extract(
            "<html><body>" + nested + "<title>After the divs</title><meta property=\"og:site_name\" content=\"Deep\"></body></html>")
        #expect(metadata.title == "After the divs")
        #expect(metadata.outlet == "Deep")
        // Left open, the divs hold the title: `HTMLTree` leaves out what is
        // nested deeper than it keeps, a <title> with its text, but not a
        // <meta>, which has no content.
        let unclosed = extract(
            String(repeating: "<div>", count: 10_000) + "<meta property=\"og:site_name\" content=\"Kept\"><title>Too deep</title>")
        #expect(unclosed.outlet == "Kept")
        #expect(unclosed.title == nil)
        #expect(ContinuousClock.now - start < .seconds(10))
    }
}

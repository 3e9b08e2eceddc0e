import Foundation
import Testing

@testable import SiteGen
@testable import SiteGenCore
@testable import SiteGenManifest

@Suite("Unit: PressFeedGenerator")
struct PressFeedGeneratorUnitTests {
    private let config = SiteConfig(
        name: "Boulangerie Martin & Fils", baseURL: BaseURL("https://www.boulangerie-martin.fr/")!, language: "fr", description: nil,
        businessType: "Bakery", newsSection: "news", logo: nil, image: nil, email: nil, telephone: nil,
        address: nil, geo: nil, hours: nil, specialHours: [], lastVerified: LastVerified(), extra: [:]
    )

    private func mention(
        _ url: String, title: String = "Un article", outlet: String = "Ouest-France", date: ContentDate,
        quote: String? = nil, lang: String? = nil, archive: String? = nil, status: PressMention.Status = .live
    ) -> PressMention {
        PressMention(
            url: url, title: title, outlet: outlet, date: date, quote: quote, language: lang, archive: archive,
            status: status, location: SiteGenCore.SourceLocation(file: "links.yml", line: 2, column: 5))
    }

    private func day(_ year: Int, _ month: Int, _ day: Int) -> ContentDate { ContentDate(year: year, month: month, day: day) }

    private func feed(_ press: [PressMention], title: String = "Revue de presse") throws -> String {
        try #require(PressFeedGenerator(config: config, press: press, title: title).generate())
    }

    @Test("no mention, no feed")
    func empty() {
        #expect(PressFeedGenerator(config: config, press: [], title: "Presse").generate() == nil)
    }

    @Test("the feed's head: title, self and alternate links, id, updated from the newest mention, author")
    func head() throws {
        let xml = try feed([mention("https://a.example/1", date: day(2023, 5, 1)), mention("https://a.example/2", date: day(2024, 3, 12))])
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"))
        let root = try FeedXML.parse(xml)
        #expect(root.name == "feed")
        #expect(root.attributes["xmlns"] == "http://www.w3.org/2005/Atom")
        #expect(root.attributes["xml:lang"] == "fr")
        #expect(root.first("title")?.text == "Revue de presse")
        let links = root.all("link")
        #expect(links.first { $0.attributes["rel"] == "self" }?.attributes["href"] == "https://www.boulangerie-martin.fr/press/feed.xml")
        #expect(links.first { $0.attributes["rel"] == "alternate" }?.attributes["href"] == "https://www.boulangerie-martin.fr/press/")
        #expect(root.first("id")?.text == "https://www.boulangerie-martin.fr/press/feed.xml")
        #expect(root.first("updated")?.text == "2024-03-12T00:00:00Z")
        #expect(root.first("author")?.first("name")?.text == "Boulangerie Martin & Fils")
    }

    @Test("entries newest first, each with the mention's address as id")
    func order() throws {
        let press = [
            mention("https://a.example/old", title: "Ancien", date: day(2022, 1, 5)),
            mention("https://a.example/new", title: "Nouveau", date: day(2024, 11, 2)),
            mention("https://a.example/mid", title: "Milieu", date: day(2023, 7, 14)),
        ]
        let root = try FeedXML.parse(try feed(press))
        let entries = root.all("entry")
        #expect(entries.map { $0.first("id")?.text } == ["https://a.example/new", "https://a.example/mid", "https://a.example/old"])
        #expect(entries.map { $0.first("title")?.text } == ["Ouest-France: Nouveau", "Ouest-France: Milieu", "Ouest-France: Ancien"])
        #expect(entries.map { $0.first("published")?.text } == ["2024-11-02T00:00:00Z", "2023-07-14T00:00:00Z", "2022-01-05T00:00:00Z"])
        #expect(entries.map { $0.first("updated")?.text } == entries.map { $0.first("published")?.text })
    }

    @Test("ids are stable: two calls, and the mentions in another order, give the same document")
    func stable() throws {
        let press = [mention("https://a.example/1", date: day(2024, 1, 1)), mention("https://a.example/2", title: "B", date: day(2024, 2, 1))]
        let first = try feed(press)
        #expect(first == (try feed(press)))
        #expect(first == (try feed(press.reversed())))
    }

    @Test("a live mention links to the article, and to its archive as related")
    func liveWithArchive() throws {
        let archive = "https://web.archive.org/web/20240312000000/https://a.example/article"
        let root = try FeedXML.parse(try feed([mention("https://a.example/article", date: day(2024, 3, 12), archive: archive)]))
        let entry = try #require(root.first("entry"))
        let links = entry.all("link")
        #expect(links.count == 2)
        #expect(links.first { $0.attributes["rel"] == "alternate" }?.attributes["href"] == "https://a.example/article")
        #expect(links.first { $0.attributes["rel"] == "related" }?.attributes["href"] == archive)
        #expect(entry.first("id")?.text == "https://a.example/article")
    }

    @Test("a dead mention links to its archive as alternate, and keeps the article's address as id")
    func dead() throws {
        let archive = "https://web.archive.org/web/20240312000000/https://a.example/gone"
        let root = try FeedXML.parse(
            try feed([mention("https://a.example/gone", date: day(2024, 3, 12), archive: archive, status: .dead)]))
        let entry = try #require(root.first("entry"))
        let links = entry.all("link")
        #expect(links.count == 1)
        #expect(links.first?.attributes["rel"] == "alternate")
        #expect(links.first?.attributes["href"] == archive)
        #expect(entry.first("id")?.text == "https://a.example/gone")
    }

    @Test("a live mention without archive has a single link")
    func liveWithoutArchive() throws {
        let root = try FeedXML.parse(try feed([mention("https://a.example/a", date: day(2024, 3, 12))]))
        let links = try #require(root.first("entry")).all("link")
        #expect(links.map { $0.attributes["rel"] } == ["alternate"])
    }

    @Test("the quote is the summary, in the mention's language")
    func summary() throws {
        let press = [
            mention("https://a.example/fr", date: day(2024, 3, 12), quote: "Le meilleur croissant", lang: "fr"),
            mention("https://a.example/en", date: day(2024, 3, 11), quote: "The best croissant", lang: "en-GB"),
            mention("https://a.example/none", date: day(2024, 3, 10), quote: "Sans langue"),
            mention("https://a.example/noquote", date: day(2024, 3, 9), lang: "de"),
        ]
        let entries = try FeedXML.parse(try feed(press)).all("entry")
        try #require(entries.count == 4)
        #expect(entries[0].first("summary")?.text == "Le meilleur croissant")
        #expect(entries[0].first("summary")?.attributes["xml:lang"] == "fr")
        #expect(entries[1].first("summary")?.attributes["xml:lang"] == "en-GB")
        #expect(entries[2].first("summary")?.text == "Sans langue")
        #expect(entries[2].first("summary")?.attributes["xml:lang"] == nil)
        #expect(entries[3].first("summary") == nil)
    }

    @Test("&, <, > and quotes are escaped, and read back unchanged")
    func escaping() throws {
        let title = "Pain & \"levain\" <enfin> l'été"
        let quote = "« Le <meilleur> » & 'le' \"plus\" bon"
        let outlet = "Le Monde & Cie"
        let feedTitle = "Presse <Martin> & \"Fils\""
        let url = "https://a.example/article?id=1&page=2"
        let xml = try feed(
            [
                mention(
                    url, title: title, outlet: outlet, date: day(2024, 3, 12), quote: quote, lang: "fr",
                    archive: "https://web.archive.org/web/2024/https://a.example/article?id=1&page=2")
            ],
            title: feedTitle)
        #expect(xml.contains("Pain &amp; &quot;levain&quot; &lt;enfin&gt;"))
        #expect(!xml.contains("id=1&page"))
        let root = try FeedXML.parse(xml)
        #expect(root.first("title")?.text == feedTitle)
        let entry = try #require(root.first("entry"))
        #expect(entry.first("title")?.text == "\(outlet): \(title)")
        #expect(entry.first("summary")?.text == quote)
        #expect(entry.first("id")?.text == url)
        #expect(entry.first("link")?.attributes["href"] == url)
    }

    @Test("non-ASCII addresses are percent-encoded as IRIs Atom readers accept")
    func nonASCIIAddress() throws {
        let root = try FeedXML.parse(try feed([mention("https://a.example/l'été", date: day(2024, 3, 12))]))
        let id = try #require(root.first("entry")?.first("id")?.text)
        #expect(id.allSatisfy { $0.isASCII })
        #expect(id.contains("%C3%A9"))
    }

    @Test("mentions on the same day are ordered the same way every time")
    func sameDay() throws {
        let press = [
            mention("https://a.example/a", title: "Alpha", date: day(2024, 3, 12)),
            mention("https://a.example/b", title: "Beta", date: day(2024, 3, 12)),
        ]
        let one = try feed(press)
        let other = try feed(press.reversed())
        #expect(one == other)
        #expect(try FeedXML.parse(one).all("entry").count == 2)
    }
}

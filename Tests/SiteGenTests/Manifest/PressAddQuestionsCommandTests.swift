import Foundation
import Testing

@testable import SiteGenCore
@testable import SiteGenManifest

/// `sitegen press add URL` without `--title` or `--outlet`, as the owner
/// runs it: at a terminal it asks (here `SITEGEN_TEST_TERMINAL=1` makes the
/// answers in a file count as typed), elsewhere it says in one line which
/// flags it needs. Either way, links.yml is changed only by a whole entry.
@Suite("Manifest: press add asks for what is missing")
struct PressAddQuestionsCommandTests {
    /// 2031-05-06 12:00 UTC.
    static let atATerminal = ["SITEGEN_TEST_TERMINAL": "1", "SITEGEN_TEST_NOW": "1935835200"]

    static func added(_ site: URL) throws -> PressMention? {
        try LinksManifestLoader().load(YAMLSource(file: "links.yml", text: try LinksEditingTests.linksText(site))).press.last
    }

    @Test func theAnswersAndTheDefaultsMakeTheEntry() throws {
        let site = try ManifestCommandTests.site()
        defer { TestSupport.cleanUp(site) }
        let today = BuildClock.fixed(Date(timeIntervalSince1970: 1_935_835_200)).today().isoDay
        let result = try ManifestCommandTests.run(
            ["press", "add", "https://www.lesoir.be/123/article/le-pain"], in: site, environment: Self.atATerminal,
            input: "Le pain de Martin\n\n\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.hasPrefix(
                "Title of the article: Published by (newspaper, radio, blog...) [Lesoir]: Date published (YYYY-MM-DD) [\(today)]: "))
        #expect(result.stdout.contains("Added to links.yml"))
        let added = try #require(try Self.added(site))
        #expect(added.url == "https://www.lesoir.be/123/article/le-pain")
        #expect(added.title == "Le pain de Martin")
        #expect(added.outlet == "Lesoir")
        #expect(added.date.isoDay == today)
    }

    @Test func anEmptyTitleIsRefusedAndOnlyWhatIsMissingIsAsked() throws {
        let site = try ManifestCommandTests.site()
        defer { TestSupport.cleanUp(site) }
        let result = try ManifestCommandTests.run(
            ["press", "add", "https://www.lesoir.be/124", "--outlet", "Le Soir", "--date", "2024-03-12"], in: site,
            environment: Self.atATerminal, input: "\nLe pain\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Title of the article:   please type the title, or press Ctrl-D to stop\nTitle of the article: Added to"))
        let added = try #require(try Self.added(site))
        #expect(added.title == "Le pain")
        #expect(added.outlet == "Le Soir")
        #expect(added.date.isoDay == "2024-03-12")
    }

    @Test func theEndOfTheInputStopsWithLinksUnchanged() throws {
        let site = try ManifestCommandTests.site()
        defer { TestSupport.cleanUp(site) }
        let before = try LinksEditingTests.linksText(site)
        let result = try ManifestCommandTests.run(
            ["press", "add", "https://www.lesoir.be/125"], in: site, environment: Self.atATerminal, input: "Le pain\n")
        #expect(result.status == 1)
        #expect(result.stderr == "Stopped: nothing was added to links.yml.\n")
        #expect(try LinksEditingTests.linksText(site) == before)
    }

    @Test func threeEmptyAnswersEndWithLinksUnchanged() throws {
        let site = try ManifestCommandTests.site()
        defer { TestSupport.cleanUp(site) }
        let before = try LinksEditingTests.linksText(site)
        let result = try ManifestCommandTests.run(
            ["press", "add", "https://www.lesoir.be/126"], in: site, environment: Self.atATerminal, input: "\n\n\nT\n\n\n")
        #expect(result.status == 1)
        #expect(result.stderr == "error: no answer for the title after 3 tries; nothing was added to links.yml\n")
        #expect(try LinksEditingTests.linksText(site) == before)
    }

    @Test(
        "without a terminal, one line names the flags",
        arguments: [
            ([String](), "error: press add needs --title and --outlet (or --fetch to read them from the article)\n"),
            (["--title", "T"], "error: press add needs --outlet (or --fetch to read it from the article)\n"),
            (["--outlet", "O"], "error: press add needs --title (or --fetch to read it from the article)\n"),
        ])
    func withoutATerminal(_ flags: [String], _ message: String) throws {
        let site = try ManifestCommandTests.site()
        defer { TestSupport.cleanUp(site) }
        let before = try LinksEditingTests.linksText(site)
        let result = try ManifestCommandTests.run(["press", "add", "https://www.lesoir.be/127"] + flags, in: site, input: "T\nO\n\n")
        #expect(result.status == 2)
        #expect(result.stderr == message)
        #expect(result.stdout.isEmpty)
        #expect(try LinksEditingTests.linksText(site) == before)
    }

    @Test func aFetchThatFailsGoesOnToTheQuestions() throws {
        let site = try ManifestCommandTests.site()
        defer { TestSupport.cleanUp(site) }
        try LocalHTTPServer.withRefusingPort { port in
            let result = try ManifestCommandTests.run(
                ["press", "add", "http://127.0.0.1:\(port)/article", "--fetch"], in: site,
                environment: Self.atATerminal.merging(["SITEGEN_ARCHIVE_API": "http://127.0.0.1:\(port)"]) { $1 },
                input: "Le pain\nLe Soir\n2024-03-12\n")
            #expect(result.status == 0, "\(result.stderr)")
            let lines = result.stderr.split(separator: "\n")
            #expect(
                lines.first
                    == "Could not read the article: could not connect to http://127.0.0.1:\(port)/article: nothing answers at 127.0.0.1:\(port). Please type its details instead."
            )
            #expect(lines.filter { $0.contains("the article") }.count == 1, "\(result.stderr)")
            #expect(result.stdout.hasPrefix("Title of the article: Published by (newspaper, radio, blog...): Date published (YYYY-MM-DD) ["))
            let added = try #require(try Self.added(site))
            #expect(added.title == "Le pain")
            #expect(added.outlet == "Le Soir")
            #expect(added.date.isoDay == "2024-03-12")
        }
    }

    @Test func whatTheArticleSaysIsOfferedAsTheDefaults() throws {
        let server = try PressFetchCommandTests.server(capture: nil)
        defer { server.stop() }
        let site = try ManifestCommandTests.site()
        defer { TestSupport.cleanUp(site) }
        let result = try ManifestCommandTests.run(
            ["press", "add", server.url("/article"), "--fetch"], in: site,
            environment: Self.atATerminal.merging(["SITEGEN_ARCHIVE_API": server.baseURL]) { $1 }, input: "\nOuest-France Rennes\n\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stdout.hasPrefix(
                "Title of the article [Le meilleur croissant & le pain « maison »]: Published by (newspaper, radio, blog...) [Ouest-France]: Date published (YYYY-MM-DD) [2024-03-12]: "
            ))
        let added = try #require(try Self.added(site))
        #expect(added.title == "Le meilleur croissant & le pain « maison »")
        #expect(added.outlet == "Ouest-France Rennes")
        #expect(added.date.isoDay == "2024-03-12")
    }
}

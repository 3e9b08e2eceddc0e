import Foundation
import Testing

@testable import SiteGenCore
@testable import SiteGenManifest

/// `press add` at a terminal: the questions, their defaults and the answers
/// they refuse, answered by a script instead of the owner.
@Suite("Manifest: press add's questions")
struct PressEntryQuestionsTests {
    static let today = ContentDate(year: 2031, month: 5, day: 6)

    static func entry(title: String = "", outlet: String = "", date: ContentDate = today) -> PressEntry {
        PressEntry(url: "https://www.lesoir.be/123/article/le-pain", title: title, outlet: outlet, date: date)
    }

    @Test func enterAcceptsTheGuessedOutletAndToday() throws {
        let owner = ScriptedTerminal(["Le pain de Martin", "", ""])
        let entry = try PressEntryQuestions(terminal: owner.terminal).complete(Self.entry(), asking: [.title, .outlet, .date])
        #expect(entry.title == "Le pain de Martin")
        #expect(entry.outlet == "Lesoir")
        #expect(entry.date == Self.today)
        #expect(
            owner.shown
                == "Title of the article: Published by (newspaper, radio, blog...) [Lesoir]: Date published (YYYY-MM-DD) [2031-05-06]: ")
    }

    @Test func whatThePageSaidIsTheDefault() throws {
        let owner = ScriptedTerminal(["", "Le Soir", ""])
        let fetched = Self.entry(title: "Le meilleur croissant", outlet: "lesoir.be", date: ContentDate(year: 2024, month: 3, day: 12))
        let entry = try PressEntryQuestions(terminal: owner.terminal).complete(fetched, asking: [.title, .outlet, .date])
        #expect(entry.title == "Le meilleur croissant")
        #expect(entry.outlet == "Le Soir")
        #expect(entry.date.isoDay == "2024-03-12")
        #expect(owner.shown.contains("Title of the article [Le meilleur croissant]: "))
        #expect(owner.shown.contains("[lesoir.be]: "))
    }

    @Test func anEmptyAnswerWithoutADefaultIsAskedAgain() throws {
        let owner = ScriptedTerminal(["", "   ", "Le pain"])
        let entry = try PressEntryQuestions(terminal: owner.terminal).complete(Self.entry(), asking: [.title])
        #expect(entry.title == "Le pain")
        let reminder = "  please type the title, or press Ctrl-D to stop\n"
        #expect(owner.shown == String(repeating: "Title of the article: " + reminder, count: 2) + "Title of the article: ")
    }

    @Test func threeRefusedAnswersEndTheQuestions() throws {
        let owner = ScriptedTerminal(["", "", "", "never read"])
        #expect(throws: Terminal.QuestionStop.unanswered("the title")) {
            try PressEntryQuestions(terminal: owner.terminal).complete(Self.entry(), asking: [.title, .outlet])
        }
        #expect(!owner.shown.contains("Published by"))
    }

    @Test func theEndOfTheInputStops() throws {
        let owner = ScriptedTerminal(["Le pain"])
        #expect(throws: Terminal.QuestionStop.endOfInput) {
            try PressEntryQuestions(terminal: owner.terminal).complete(Self.entry(), asking: [.title, .outlet, .date])
        }
        #expect(owner.shown.hasSuffix("[Lesoir]: \n"))
    }

    @Test func aWrongDateIsAskedAgain() throws {
        let owner = ScriptedTerminal(["2024-13-01", "12/03/2024", "2024-02-03"])
        let entry = try PressEntryQuestions(terminal: owner.terminal).complete(Self.entry(), asking: [.date])
        #expect(entry.date.isoDay == "2024-02-03")
        #expect(owner.shown.contains("  \"2024-13-01\" is not a date such as 2024-03-12\n"))
        #expect(owner.shown.contains("  \"12/03/2024\" is not a date such as 2024-03-12\n"))
    }

    @Test func controlCharactersAndPastedPagesAreRefused() throws {
        let owner = ScriptedTerminal(["Le \u{1B}[31mpain", String(repeating: "x", count: Terminal.answerLimit + 1), "  Le pain  "])
        let entry = try PressEntryQuestions(terminal: owner.terminal).complete(Self.entry(), asking: [.title])
        #expect(entry.title == "Le pain")
        #expect(owner.shown.contains("  that contains the control character U+001B (escape); type it again\n"))
        #expect(owner.shown.contains("  that is too long: at most 1000 characters\n"))
    }

    /// A page's title reaches the terminal in brackets: nothing in it may act on the terminal.
    @Test func aDefaultFromThePageCannotActOnTheTerminal() throws {
        let owner = ScriptedTerminal([""])
        let entry = try PressEntryQuestions(terminal: owner.terminal).complete(Self.entry(title: "Le \u{9B}2Jpain"), asking: [.title])
        #expect(owner.shown == "Title of the article [Le 2Jpain]: ")
        #expect(entry.title == "Le 2Jpain")
    }

    @Test(
        "the outlet is guessed from the host",
        arguments: [
            ("https://www.lesoir.be/a", "Lesoir"), ("https://ouest-france.fr/a", "Ouest-france"),
            ("https://news.bbc.co.uk/a", "Bbc"), ("https://blog.example.com/a", "Example"),
            ("http://127.0.0.1:8080/a", nil), ("https://localhost/a", nil), ("https://[::1]/a", nil),
            ("https://xn--caf-dma.fr/a", "Café"),
        ] as [(String, String?)])
    func outletGuess(_ address: String, _ expected: String?) {
        #expect(OutletGuess.name(fromAddress: address) == expected)
    }

    /// The real terminal's reading, from a pipe: one line at a time, a line
    /// too long for memory cut, a Windows line end removed, then the end.
    @Test func linesAreReadOneByOneWithinTheLimit() throws {
        let pipe = Pipe()
        pipe.fileHandleForWriting.write(Data((String(repeating: "x", count: 10_000) + "\nLe pain\r\nlast").utf8))
        try pipe.fileHandleForWriting.close()
        let descriptor = pipe.fileHandleForReading.fileDescriptor
        #expect(Terminal.readLine(from: descriptor, limit: 4096) == String(repeating: "x", count: 4096))
        #expect(Terminal.readLine(from: descriptor, limit: 4096) == "Le pain")
        #expect(Terminal.readLine(from: descriptor, limit: 4096) == "last")
        #expect(Terminal.readLine(from: descriptor, limit: 4096) == nil)
    }
}

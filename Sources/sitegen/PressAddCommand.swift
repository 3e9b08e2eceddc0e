import ArgumentParser
import Foundation
import SiteGen
import SiteGenCore
import SiteGenManifest

struct PressAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add an article about the business to links.yml.",
        discussion: """
            Only the new entry's lines are added; every other line of links.yml stays as it is.
            Without --title or --outlet, on a terminal, it asks for what is missing (Enter accepts the value in brackets, Ctrl-D stops).
            Example: sitegen press add https://www.ouest-france.fr/... --title "Le meilleur croissant" --outlet Ouest-France --date 2024-03-12
            """
    )

    @Argument(help: "The article's address (https://...).")
    var url: String

    @Option(help: "The article's headline.")
    var title: String?

    @Option(help: "The newspaper, radio, blog... that published it.")
    var outlet: String?

    @Option(help: ArgumentHelp("The publication date (default: today).", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(help: "A short excerpt, in your own words or quoted.")
    var quote: String?

    @Option(help: ArgumentHelp("The article's language, such as fr or en.", valueName: "code"))
    var lang: String?

    @Option(help: ArgumentHelp("The address of an archived copy.", valueName: "url"))
    var archive: String?

    @Flag(help: "Read the title, outlet, date and language from the article, and look for an archived copy.")
    var fetch = false

    /// The availability API: the Internet Archive's, or the one that
    /// `SITEGEN_ARCHIVE_API` names (as for `sitegen archive`).
    var archiveAPI: String { ProcessInfo.processInfo.environment["SITEGEN_ARCHIVE_API"] ?? "https://archive.org" }

    @Flag(name: .customLong("dry-run"), help: "Show the entry and where it would go, and change nothing.")
    var dryRun = false

    @OptionGroup var site: SiteOption

    func validate() throws {
        try ManifestInput.checkArguments([
            ("the address", url), ("--title", title), ("--outlet", outlet), ("--date", date),
            ("--quote", quote), ("--lang", lang), ("--archive", archive),
        ])
    }

    func run() throws {
        let terminal = Terminal.command
        let asking = (title == nil || outlet == nil) && terminal.isInteractive()
        if !fetch, !asking, title == nil || outlet == nil {
            let flags = Self.flags(titleMissing: title == nil, outletMissing: outlet == nil)
            Console.error("error: press add needs \(flags) (or --fetch to read \(title == nil && outlet == nil ? "them" : "it") from the article)")
            throw SiteFailure.usage
        }
        do {
            let cleaned = try ManifestInput.articleAddress(url)
            var entry = PressEntry(
                url: cleaned, title: title ?? "", outlet: outlet ?? "",
                date: try ManifestInput.date(date), quote: quote, language: try ManifestInput.language(lang),
                archive: try archive.map(ManifestInput.articleAddress))
            var unreadable: String?
            if fetch {
                (entry, unreadable) = ArticleFetch(archiveAPI: archiveAPI).complete(
                    entry, titleGiven: title != nil, outletGiven: outlet != nil,
                    dateGiven: date != nil, languageGiven: lang != nil)
            }
            if asking {
                if let unreadable { Console.error("Could not read the article: \(unreadable). Please type its details instead.") }
                entry = try PressEntryQuestions(terminal: terminal).complete(entry, asking: questions)
            } else {
                try Self.requireTitleAndOutlet(entry, unreadable: unreadable)
                if let unreadable { Console.error("warning: could not read the article: \(unreadable)") }
            }
            if fetch, entry.archive == nil { entry.archive = ArticleFetch(archiveAPI: archiveAPI).archivedCopy(of: entry.url) }
            let result = try site.editor.add(.press(entry), dryRun: dryRun)
            ManifestOutput.printResult(result, verb: "add")
        } catch let error as DiagnosticsError {
            Console.report(error.diagnostics)
            throw SiteFailure.siteErrors
        } catch let stop as Terminal.QuestionStop {
            switch stop {
            case .endOfInput: Console.error("Stopped: nothing was added to links.yml.")
            case .unanswered(let what):
                Console.error("error: no answer for \(what) after \(Terminal.tries) tries; nothing was added to links.yml")
            }
            throw SiteFailure.siteErrors
        }
    }

    /// What the command line left out, in the order the questions come.
    private var questions: [PressEntryQuestions.Field] {
        [title == nil ? .title : nil, outlet == nil ? .outlet : nil, date == nil ? .date : nil].compactMap { $0 }
    }

    /// Without a terminal, a title and an outlet that neither the flags nor the page gave end the command, in one line.
    private static func requireTitleAndOutlet(_ entry: PressEntry, unreadable: String?) throws {
        let titleMissing = entry.title.isEmpty
        let outletMissing = entry.outlet.isEmpty
        guard titleMissing || outletMissing else { return }
        let flags = flags(titleMissing: titleMissing, outletMissing: outletMissing)
        if let unreadable {
            Console.error("error: could not read the article (\(unreadable)); give \(flags)")
        } else {
            let fields = [titleMissing ? "title" : nil, outletMissing ? "outlet" : nil].compactMap { $0 }.joined(separator: " and ")
            Console.error("error: the article's page does not say its \(fields); give \(flags)")
        }
        throw SiteFailure.siteErrors
    }

    private static func flags(titleMissing: Bool, outletMissing: Bool) -> String {
        [titleMissing ? "--title" : nil, outletMissing ? "--outlet" : nil].compactMap { $0 }.joined(separator: " and ")
    }
}

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

    @Option(name: .customLong("archive-api"), help: .hidden)
    var archiveAPI: String = ProcessInfo.processInfo.environment["SITEGEN_ARCHIVE_API"] ?? "https://archive.org"

    @Flag(name: .customLong("dry-run"), help: "Show the entry and where it would go, and change nothing.")
    var dryRun = false

    @OptionGroup var site: SiteOption

    func validate() throws {
        try ManifestInput.checkArguments([
            ("the address", url), ("--title", title), ("--outlet", outlet), ("--date", date),
            ("--quote", quote), ("--lang", lang), ("--archive", archive),
        ])
        if !fetch, title == nil || outlet == nil {
            throw ValidationError("give --title and --outlet, or --fetch to read them from the article")
        }
    }

    func run() throws {
        do {
            let cleaned = try ManifestInput.articleAddress(url)
            var entry = PressEntry(
                url: cleaned, title: title ?? "", outlet: outlet ?? "",
                date: try ManifestInput.date(date), quote: quote, language: try ManifestInput.language(lang),
                archive: try archive.map(ManifestInput.articleAddress))
            if fetch {
                entry = ArticleFetch(archiveAPI: archiveAPI).complete(
                    entry, titleGiven: title != nil, outletGiven: outlet != nil,
                    dateGiven: date != nil, languageGiven: lang != nil)
                // What a web page says is not typed by the owner: control characters are dropped, not refused.
                entry.title = TextField.stripped(entry.title).trimmingCharacters(in: .whitespacesAndNewlines)
                entry.outlet = TextField.stripped(entry.outlet).trimmingCharacters(in: .whitespacesAndNewlines)
            }
            guard !entry.title.isEmpty, !entry.outlet.isEmpty else {
                throw DiagnosticsError(
                    .error(
                        at: SourceLocation(file: url),
                        "the article's \(entry.title.isEmpty ? "title" : "outlet") is unknown; give it with --\(entry.title.isEmpty ? "title" : "outlet")"
                    ))
            }
            let result = try site.editor.add(.press(entry), dryRun: dryRun)
            ManifestOutput.printResult(result, verb: "add")
        } catch let error as DiagnosticsError {
            Console.report(error.diagnostics)
            throw SiteFailure.siteErrors
        }
    }
}

import SiteGenCore

/// `press add` at a terminal without `--title` or `--outlet`: asks the owner
/// for the headline, the outlet and the date that the command line left
/// out, one line each. What is already known is the default that Enter
/// accepts: what `--fetch` read from the article, else a guess (the outlet
/// from the address, the date today).
public struct PressEntryQuestions: Sendable {
    public enum Field: Sendable, Equatable { case title, outlet, date }

    public var terminal: Terminal

    public init(terminal: Terminal) {
        self.terminal = terminal
    }

    /// `entry` with `fields` answered; its own values are the defaults.
    public func complete(_ entry: PressEntry, asking fields: [Field]) throws(Terminal.QuestionStop) -> PressEntry {
        var entry = entry
        for field in fields {
            switch field {
            case .title:
                entry.title = try terminal.ask(
                    "Title of the article", default: Self.known(entry.title), what: "the title", interpret: { .success($0) })
            case .outlet:
                entry.outlet = try terminal.ask(
                    "Published by (newspaper, radio, blog...)",
                    default: Self.known(entry.outlet) ?? OutletGuess.name(fromAddress: entry.url),
                    what: "who published it", interpret: { .success($0) })
            case .date:
                entry.date = try terminal.ask("Date published (YYYY-MM-DD)", default: entry.date.isoDay, what: "the date", interpret: Self.day)
            }
        }
        return entry
    }

    private static func known(_ text: String) -> String? {
        TextField.isBlank(text) ? nil : text
    }

    private static func day(_ text: String) -> Result<ContentDate, QuestionRefusal> {
        guard let date = ContentDate(parsing: text), date.secondsOfDay == nil else {
            return .failure(QuestionRefusal("\(TextField.quoted(text)) is not a date such as 2024-03-12"))
        }
        return .success(date)
    }
}

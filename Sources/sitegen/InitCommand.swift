import ArgumentParser
import Foundation
import SiteGen
import SiteGenCore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new site for your business, or a copy of the example bakery (--example).",
        discussion: """
            At a terminal, sitegen init asks for what the flags leave out; in a script, --name is enough, and every other \
            detail is left as a marked place to fill in. The pages are written in the site's language (nl, fr, de, en, es, it; \
            English for others). A legal notice page is added where the country expects one (BE, FR, DE, AT, CH, LU, IT, ES…).
            """
    )

    @Argument(help: ArgumentHelp("A new or empty folder.", valueName: "dir"))
    var directory: String

    @Option(help: "The name of the business, as customers know it.")
    var name: String?

    @Option(
        help: ArgumentHelp("A schema.org type: HairSalon, Bakery, Restaurant, Store, Plumber, Florist… (default LocalBusiness).", valueName: "type"))
    var type: String?

    @Option(help: ArgumentHelp("The language of the site: nl, fr, de, en, es, it… (default en).", valueName: "code"))
    var language: String?

    @Option(help: "Street and number.")
    var street: String?

    @Option(name: .customLong("postal-code"), help: "The postal code.")
    var postalCode: String?

    @Option(help: "The city or town.")
    var city: String?

    @Option(help: ArgumentHelp("The country, two letters (ISO 3166-1): BE, FR, NL, DE…", valueName: "code"))
    var country: String?

    @Option(help: ArgumentHelp("The telephone number, in international form: \"+32 2 123 45 67\".", valueName: "number"))
    var telephone: String?

    @Option(help: ArgumentHelp("The e-mail address customers write to.", valueName: "address"))
    var email: String?

    @Option(help: ArgumentHelp("The site's own address (default: from the e-mail's domain, else www.example.com to replace).", valueName: "url"))
    var url: String?

    @Flag(inversion: .prefixedNo, help: "A legal notice page (default: where the country expects one).")
    var legalNotice: Bool?

    @Flag(help: "A copy of the example bakery to learn from, instead of a site for your business.")
    var example = false

    func validate() throws {
        let business: [String?] = [name, type, language, street, postalCode, city, country, telephone, email, url]
        if example, business.contains(where: { $0 != nil }) || legalNotice != nil {
            throw ValidationError("--example copies the example bakery as it is; leave out the details of your business, or leave out --example")
        }
    }

    func run() throws {
        let folder = URL(fileURLWithPath: directory)
        do {
            if example {
                let count = try SiteInitializer().create(at: folder, display: directory)
                Console.out("Created a copy of the example bakery in \(directory) (\(count) files), to learn from.")
                Console.out("Preview it: sitegen serve --site \(directory)")
                Console.out("For your own business, start again with: sitegen init --name \"Your business\" DIR")
                return
            }
            let details = try askedDetails()
            let paths = try SiteInitializer().create(at: folder, display: directory, for: details)
            printNextSteps(details, paths)
        } catch let error as DiagnosticsError {
            Console.report(error.diagnostics)
            throw SiteFailure.siteErrors
        } catch let stop as Terminal.QuestionStop {
            switch stop {
            case .endOfInput: Console.error("Stopped: nothing was written.")
            case .unanswered(let what): Console.error("error: no answer for \(what) after \(Terminal.tries) tries; nothing was written")
            }
            throw SiteFailure.siteErrors
        }
    }

    /// The flags, then the questions for what they left out; without a
    /// terminal, only the name is required.
    private func askedDetails() throws -> BusinessDetails {
        var details = BusinessDetails(
            name: name ?? "", type: type ?? "LocalBusiness", language: language ?? "en", street: street, postalCode: postalCode, city: city,
            country: country?.uppercased(), telephone: telephone, email: email, url: url, legalNotice: legalNotice)
        let terminal = Terminal.command
        guard terminal.isInteractive() else {
            guard name != nil else {
                Console.error(
                    "error: init needs --name (the name of the business), and takes --type, --language, --street, --postal-code, --city, --country, --telephone and --email; or --example for a copy of the example bakery"
                )
                throw SiteFailure.usage
            }
            return details
        }
        let given: [InitField: Bool] = [
            .name: name != nil, .type: type != nil, .language: language != nil, .street: street != nil, .postalCode: postalCode != nil,
            .city: city != nil, .country: country != nil, .telephone: telephone != nil, .email: email != nil, .legalNotice: legalNotice != nil,
        ]
        let missing = Set(InitField.allCases.filter { given[$0] != true })
        if !missing.isEmpty {
            Console.out("A few questions about the business (Enter accepts what is in brackets; Ctrl-D stops, nothing written).")
        }
        details = try InitQuestions(terminal: terminal, locale: ProcessInfo.processInfo.environment["LANG"]).complete(details, asked: missing)
        return details
    }

    private func printNextSteps(_ details: BusinessDetails, _ paths: [String]) {
        Console.out("Created a site for \(details.name) in \(directory) (\(paths.count) files).")
        Console.out("Next:")
        Console.out("  1. Preview it while you edit: sitegen serve --site \(directory)")
        Console.out("  2. Fill in the places marked in brackets and your opening hours (site.yml);")
        Console.out("     sitegen check --site \(directory) lists what is left to do.")
        Console.out("  3. Replace \(directory)/static/images/logo.svg with your own logo.")
        Console.out("  4. Add your profiles: sitegen profile add --site \(directory) https://www.instagram.com/…")
        Console.out("  5. Publish: sitegen build --site \(directory), then copy \(directory)/public/ to your host.")
    }
}

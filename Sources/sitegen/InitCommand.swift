import ArgumentParser
import Foundation
import SiteGen

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new site from the built-in example (a neighbourhood bakery) to edit."
    )

    @Argument(help: ArgumentHelp("A new or empty folder.", valueName: "dir"))
    var directory: String

    func run() throws {
        let url = URL(fileURLWithPath: directory)
        do {
            let count = try SiteInitializer().create(at: url, display: directory)
            Console.out("Created a new site in \(directory) (\(count) files).")
            Console.out("Edit site.yml, links.yml and content/, then run: sitegen build --site \(directory)")
        } catch {
            Console.report(error.diagnostics)
            throw SiteFailure.siteErrors
        }
    }
}

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
            Console.out("Preview it while you edit site.yml, links.yml and content/: sitegen serve --site \(directory)")
            Console.out("Publish it: sitegen build --site \(directory), then copy \(directory)/public/ to your host")
        } catch {
            Console.report(error.diagnostics)
            throw SiteFailure.siteErrors
        }
    }
}

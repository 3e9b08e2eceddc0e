import ArgumentParser
import Foundation
import SiteGen

struct PressRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove a press mention from links.yml by its address.")

    @Argument(help: "The article's address, as listed by `sitegen press list`.")
    var url: String

    @Flag(name: .customLong("dry-run"), help: "Show what would be removed, and change nothing.")
    var dryRun = false

    @OptionGroup var site: SiteOption

    func validate() throws {
        try ManifestInput.checkArguments([("the address", url)])
    }

    func run() throws {
        do {
            ManifestOutput.printResult(try site.editor.remove(url, from: "press", dryRun: dryRun), verb: "remove")
        } catch {
            Console.report(error.diagnostics)
            throw SiteFailure.siteErrors
        }
    }
}

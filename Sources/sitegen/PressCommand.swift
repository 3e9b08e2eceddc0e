import ArgumentParser
import Foundation
import SiteGen
import SiteGenManifest

struct PressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "press",
        abstract: "Record, list and remove articles about the business (links.yml, press:).",
        subcommands: [PressAddCommand.self, PressListCommand.self, PressRemoveCommand.self]
    )
}

/// Options every command that edits links.yml takes.
struct SiteOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The site's folder, holding links.yml.", valueName: "dir"))
    var site: String = "."

    var editor: LinksManifestEditor { LinksManifestEditor(siteDirectory: URL(fileURLWithPath: site)) }
}

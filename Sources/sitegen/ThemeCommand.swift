import ArgumentParser

struct ThemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme",
        abstract: "Work with the built-in theme: copy its files into templates/ to change them.",
        subcommands: [ThemeEjectCommand.self]
    )
}

import ArgumentParser

struct SitegenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitegen",
        abstract: "Build a small business's own website from Markdown and a links manifest.",
        discussion: """
            Exit codes: 0 success, 1 the site has errors (each printed as path:line:column: error: message), 2 bad usage, \
            3 a deploy could not be completed.
            """,
        version: "0.1.0",
        subcommands: [
            BuildCommand.self, ServeCommand.self, InitCommand.self, PressCommand.self, ProfileCommand.self, CheckCommand.self,
            VerifyCommand.self, ArchiveCommand.self, ImportCommand.self, ThemeCommand.self, DeployCommand.self,
        ]
    )
}

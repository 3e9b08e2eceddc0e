import ArgumentParser
import Foundation
import SiteGen
import SiteGenCore
import SiteGenManifest

struct ProfileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profile",
        abstract: "Add, list and remove the business's profiles on other platforms (links.yml, profiles:).",
        subcommands: [ProfileAddCommand.self, ProfileListCommand.self, ProfileRemoveCommand.self]
    )
}

struct ProfileAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a profile; the platform is recognised from the address.",
        discussion: "Example: sitegen profile add @boulangerie@mastodon.social, or sitegen profile add https://www.instagram.com/boulangerie/"
    )

    @Argument(help: "The profile's address, or a Mastodon handle such as @name@instance.")
    var address: String

    @Option(help: "The name to show instead of the platform's.")
    var label: String?

    @Flag(name: .customLong("dry-run"), help: "Show the entry and where it would go, and change nothing.")
    var dryRun = false

    @OptionGroup var site: SiteOption

    func validate() throws {
        try ManifestInput.checkArguments([("the address", address), ("--label", label)])
    }

    func run() throws {
        do {
            var url = try ManifestInput.articleAddress(MastodonAddress.fromHandle(address) ?? address)
            let siteURL = URL(fileURLWithPath: site.site)
            let registry = try PlatformRegistry.forSite(siteURL, workingDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            let before = registry.recognise(Profile(url: url, label: label, location: SourceLocation(file: "")))
            url = ManifestInput.secureAddress(url, platform: before.platform?.name)
            // Mastodon verifies rel=me against https://instance/@name exactly.
            if before.platform == nil || before.isMastodon, let canonical = MastodonAddress.canonical(url),
                registry.recognise(Profile(url: canonical, label: label, location: SourceLocation(file: ""))).isMastodon
            {
                Console.error("note: wrote \(url) as \(canonical), the form Mastodon's link verification matches")
                url = canonical
            }
            let recognised = registry.recognise(Profile(url: url, label: label, location: SourceLocation(file: "")))
            let result = try site.editor.add(.profile(url: url, label: label), dryRun: dryRun)
            let platform = recognised.platform?.name ?? "a site sitegen does not know (shown as \(recognised.displayName))"
            Console.error("Recognised: \(platform)\(recognised.handle.map { ", \($0)" } ?? "")")
            ManifestOutput.printResult(result, verb: "add")
        } catch {
            Console.report(error.diagnostics)
            throw SiteFailure.siteErrors
        }
    }
}

struct ProfileListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the profiles, as the site shows them.")

    @Option(help: "table (for people) or json (for scripts).")
    var format: ListFormat = .table

    @OptionGroup var site: SiteOption

    func run() throws {
        let manifest: LinksManifest
        let registry: PlatformRegistry
        do {
            manifest = try site.editor.manifest()
            registry = try PlatformRegistry.forSite(
                URL(fileURLWithPath: site.site), workingDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        } catch {
            Console.report(error.diagnostics)
            throw SiteFailure.siteErrors
        }
        let profiles = manifest.profiles.map(registry.recognise)
        switch format {
        case .json:
            let objects: [[String: Any]] = profiles.map { profile in
                var object: [String: Any] = ["url": profile.profile.url, "name": profile.displayName, "line": profile.profile.location.line]
                object["platform"] = profile.platform?.id
                object["handle"] = profile.handle
                object["label"] = profile.profile.label
                object["status"] = profile.profile.status.rawValue
                object["archive"] = profile.profile.archive
                return object
            }
            let data = try JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            Console.out(String(decoding: data, as: UTF8.self))
        case .table:
            guard !profiles.isEmpty else {
                Console.out("No profile yet. Add one with: sitegen profile add URL")
                return
            }
            Console.out(
                ManifestOutput.table(
                    ["Platform", "Handle", "Address"],
                    profiles.map { [$0.displayName + ($0.profile.status == .gone ? " (gone)" : ""), $0.handle ?? "", $0.profile.url] }))
        }
    }
}

struct ProfileRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove", abstract: "Remove a profile from links.yml by its address, its platform's name or its handle.",
        discussion: "Example: sitegen profile remove Facebook, sitegen profile remove @kapsalonlotte, or the address as listed.")

    @Argument(help: "The profile's address as listed by `sitegen profile list`, its platform's name (Facebook), or its handle.")
    var url: String

    @Flag(name: .customLong("dry-run"), help: "Show what would be removed, and change nothing.")
    var dryRun = false

    @OptionGroup var site: SiteOption

    func validate() throws {
        try ManifestInput.checkArguments([("the address", url)])
    }

    func run() throws {
        do {
            var address = MastodonAddress.fromHandle(url) ?? url
            if !ProfileChoice.isAddress(url) {
                let registry = try PlatformRegistry.forSite(
                    URL(fileURLWithPath: site.site), workingDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
                let profiles = try site.editor.manifest().profiles.map(registry.recognise)
                switch ProfileChoice.choose(url, among: profiles) {
                case .address(let found):
                    address = found
                case .several(let addresses):
                    Console.error(
                        "error: \(TextField.quoted(url)) names \(addresses.count) profiles; give the address of the one to remove:")
                    for candidate in addresses { Console.error("  \(candidate)") }
                    throw SiteFailure.siteErrors
                case .none:
                    Console.error(
                        "error: no profile is named \(TextField.quoted(url)); give its address, its platform's name or its handle (`sitegen profile list` shows them)"
                    )
                    throw SiteFailure.siteErrors
                }
            }
            ManifestOutput.printResult(try site.editor.remove(address, from: "profiles", dryRun: dryRun), verb: "remove")
        } catch let failure as SiteFailure {
            throw failure
        } catch let error as DiagnosticsError {
            Console.report(error.diagnostics)
            throw SiteFailure.siteErrors
        }
    }
}

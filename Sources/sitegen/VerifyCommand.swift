import ArgumentParser
import Foundation
import SiteGen
import SiteGenCore
import SiteGenFetch
import SiteGenManifest

struct VerifyCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check that each profile of links.yml links back to the site, and that Mastodon can verify those links.",
        discussion: """
            Each profile is one of: verified (a rel="me" link back to the home page, or a Mastodon field with the green check), \
            links back (a link to the site without rel="me"), no link back (with what to do), unverifiable (the platform \
            refuses robots or needs JavaScript; check it by hand). Then the home page is checked against Mastodon's rules: \
            it answers 200, its HTML is under 1 MB, it has a rel="me" link to each Mastodon profile, and each Mastodon address is https:.
            Exit codes: 0 when no profile is "no link back" and the home page passes (unverifiable never fails), 1 otherwise.
            --format json prints {"site", "passed", "profiles": [{"url", "place", "line", "platform", "name", "result", \
            "message", "advice"}], "home": {"url", "passed", "checks": [{"rule", "profile", "passed", "message"}]}}; \
            result is "verified", "links back", "no link back" or "unverifiable"; rule is "answers-200", "under-1-mb", \
            "rel-me" or "https-profile"; platform, advice and profile may be null.
            """
    )

    @Option(help: ArgumentHelp("Check the home page at this address instead of site.yml's url: (a preview, a copy).", valueName: "address"))
    var url: String?

    @Option(help: "text (for people) or json (for scripts).")
    var format: Format = .text

    @OptionGroup var site: SiteOption

    func validate() throws {
        try ManifestInput.checkArguments([("--url", url)])
        if let url, SiteHome(url) == nil || WebAddress.problem(url) != nil {
            throw ValidationError("--url \(url) is not an absolute http: or https: address")
        }
    }

    func run() throws {
        let siteURL = URL(fileURLWithPath: site.site)
        let workingDirectory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let config: SiteConfig
        let profiles: [RecognisedProfile]
        do {
            config = try SiteConfig.read(BuildOptions(siteDirectory: siteURL, workingDirectory: workingDirectory))
            let registry = try PlatformRegistry.forSite(siteURL, workingDirectory: workingDirectory)
            // An account marked gone no longer links anywhere: nothing to verify.
            profiles = try site.editor.manifest().profiles.filter { $0.status == .live }.map(registry.recognise)
        } catch {
            Console.report(error.diagnostics)
            throw SiteFailure.siteErrors
        }
        guard let home = SiteHome(config.baseURL.description) else { throw SiteFailure.siteErrors }
        let toVerify = profiles.map { recognised in
            ProfileToVerify(
                url: recognised.profile.url, place: "\(recognised.profile.location.file):\(recognised.profile.location.line)",
                platformName: recognised.platform?.name, displayName: recognised.displayName, isMastodon: recognised.isMastodon)
        }
        let version = SitegenCommand.configuration.version
        let verifier = PresenceVerifier(userAgent: "sitegen/\(version) (verify for \(home.url))")
        let report = verifier.verify(toVerify, site: home, homePage: url ?? home.url)
        let lines = profiles.map(\.profile.location.line)
        switch format {
        case .text: Console.out(VerifyOutput.text(report))
        case .json: Console.out(try VerifyOutput.json(report, site: home, lines: lines))
        }
        if !report.passed { throw SiteFailure.siteErrors }
    }
}

import ArgumentParser
import Foundation
import SiteGen
import SiteGenCore

enum CheckFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the site for broken links, missing images and details to fix; --external also asks every link to other sites.",
        discussion: """
            The site is built into a temporary folder: its output folder (public/) is not touched. Besides what stops a build, \
            it lists what the owner should look at: places left to fill in, what is left of the example, two profiles on one \
            platform, pages without a description or in another language, details nobody has confirmed. Exit codes: 0 no error \
            (warnings may remain), 1 errors (a broken local link, a missing image, a link to another site that is gone), \
            or, with --strict, any warning.
            """
    )

    @Option(name: .long, help: ArgumentHelp("The site's folder, holding site.yml and content/.", valueName: "dir"))
    var site: String = "."

    @Flag(name: .long, help: "Also ask every link to another site (profiles, press, links in pages) whether it still works.")
    var external = false

    @Flag(name: .long, help: "With --external: ask again about links checked in the last 7 days.")
    var refresh = false

    @Option(help: "text (for people) or json (for scripts).")
    var format: CheckFormat = .text

    @Flag(name: .long, help: "Include pages marked draft: true.")
    var drafts = false

    @Flag(name: .long, help: "Exit with 1 when anything is listed, warnings too (for a script or a CI job).")
    var strict = false

    func validate() throws {
        if refresh && !external { throw ValidationError("--refresh goes with --external") }
    }

    func run() throws {
        let siteURL = URL(fileURLWithPath: site)
        let scratch = ScratchFolder(purpose: "check")
        var checker = SiteChecker(siteDirectory: siteURL, includeDrafts: drafts, clock: .command)
        checker.temporaryDirectory = scratch.url
        let report = checker.check()
        scratch.remove()
        var results: [ExternalLinkResult]? = nil
        if external {
            results = ExternalLinks(siteDirectory: siteURL, siteAddress: report.siteAddress, refresh: refresh).check(report.outgoingLinks)
        }
        let summary = CheckSummary(report: report, links: results)
        switch format {
        case .text: CheckTextOutput(report: report, links: results, summary: summary).print()
        case .json: Console.out(try CheckJSONOutput(report: report, links: results, summary: summary).encoded())
        }
        if summary.errors > 0 || (strict && summary.warnings > 0) { throw SiteFailure.siteErrors }
    }
}

import ArgumentParser
import Foundation
import SiteGen
import SiteGenCore
import SiteGenFetch
import SiteGenManifest

struct ArchiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive",
        abstract: "Record an archived copy (Wayback Machine) of each press article in links.yml, and ask for one where none exists.",
        discussion: """
            For each press mention without archive: (and with --profiles, each profile), sitegen asks the Wayback Machine \
            for its closest capture and records it as archive: in links.yml; only that line is added. With Internet Archive \
            keys in IA_ACCESS_KEY and IA_SECRET_KEY (https://archive.org/account/s3.php), a page without a capture is \
            submitted to Save Page Now and its capture recorded once it is ready.
            Environment: SITEGEN_ARCHIVE_API (default https://archive.org), SITEGEN_SAVE_PAGE_NOW_API (default https://web.archive.org).
            Exit codes: 0 done, 1 a request failed or Save Page Now refused a page (after doing all the rest).
            """
    )

    @Flag(help: "Also profiles (links.yml, profiles:).")
    var profiles = false

    @Flag(name: .customLong("site-pages"), help: "Also submit every page of the site to Save Page Now (needs the keys; records nothing).")
    var sitePages = false

    @Flag(name: .customLong("dry-run"), help: "Say what would be recorded or submitted; change nothing, submit nothing.")
    var dryRun = false

    @OptionGroup var site: SiteOption

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let folder = URL(fileURLWithPath: site.site)
        // A --site with a typo would otherwise read as a site without links.yml: "nothing to archive".
        guard ["site.yml", "links.yml"].contains(where: { FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path) }) else {
            Console.error("\(site.site): error: no site.yml or links.yml here; is \(site.site) a sitegen site? (`sitegen init DIR` makes one)")
            throw SiteFailure.siteErrors
        }
        let manifest: LinksManifest
        do {
            manifest = try site.editor.manifest()
        } catch {
            Console.report(error.diagnostics)
            throw SiteFailure.siteErrors
        }
        var saver: SavePageNow?
        if let keys = SavePageNow.Keys.from(environment: environment) {
            saver = SavePageNow(baseURL: environment["SITEGEN_SAVE_PAGE_NOW_API"] ?? "https://web.archive.org", keys: keys)
            // Tests of the binary must not wait minutes for a job that stays pending.
            if environment["SITEGEN_TEST_INSTANT_WAIT"] == "1" { saver?.sleep = { _ in } }
        }
        var run = ArchiveRun(
            editor: site.editor, dryRun: dryRun,
            lookup: ArchiveLookup(baseURL: environment["SITEGEN_ARCHIVE_API"] ?? "https://archive.org"), saver: saver,
            print: Console.out)
        run.archive(ArchiveRun.entries(of: manifest, profiles: profiles))
        if sitePages {
            switch SitePages.addresses(site: URL(fileURLWithPath: site.site)) {
            case .success(let addresses): run.submit(addresses)
            case .failure(let error):
                Console.report(error.diagnostics)
                Console.error("error: the site has errors, so its pages were not submitted")
                run.tally.failed += 1
            }
        }
        Console.out(run.tally.summary(dryRun: dryRun))
        if run.tally.withoutCapture > 0, run.saver == nil {
            Console.error(
                "note: \(run.tally.withoutCapture == 1 ? "1 address has" : "\(run.tally.withoutCapture) addresses have") no archived copy yet; "
                    + "Save Page Now can make one: put your Internet Archive keys (https://archive.org/account/s3.php) "
                    + "in IA_ACCESS_KEY and IA_SECRET_KEY and run sitegen archive again")
        }
        if run.tally.failed > 0 { throw SiteFailure.siteErrors }
    }
}

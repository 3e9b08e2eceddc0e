import ArgumentParser
import Foundation
import SiteGen
import SiteGenCore
import SiteGenImport
import SiteGenManifest

#if canImport(Glibc)
    import Glibc
#endif

extension ImportPlatform: ExpressibleByArgument {}

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Bring the business's own public posts and photos home from a platform's data export.",
        discussion: """
            ARCHIVE is the file the platform sent (.zip, .tar.gz, .tar; give every part of a split export) or the folder \
            where it was unpacked. Each public post becomes a page of content/posts/ (or --section) that links to the \
            original, its photos copied into static/ without their location and camera data. Messages, likes, followers, \
            contacts and logs are never read. Posts already imported are never imported twice, and a page you deleted is \
            not brought back unless --restore. Facebook posts, whose audience the export does not say, become drafts.
            Exit codes: 0 done, 1 the export or the site cannot be read (nothing was imported).
            """
    )

    @Argument(help: "mastodon, instagram, facebook, x or wordpress.")
    var platform: ImportPlatform

    @Argument(help: ArgumentHelp("The export: one file or folder, or every part of a split export.", valueName: "archive"))
    var archive: [String]

    @Option(help: ArgumentHelp("The folder of content/ for the posts.", valueName: "name"))
    var section = "posts"

    @Option(help: ArgumentHelp("Only posts from this day on (YYYY-MM-DD).", valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp("Only posts up to this day, included (YYYY-MM-DD).", valueName: "date"))
    var until: String?

    @Flag(name: .customLong("dry-run"), help: "Say what would be imported; change nothing.")
    var dryRun = false

    @Flag(help: "Import again the posts whose page you deleted since an earlier import.")
    var restore = false

    @Option(
        name: .customLong("media-dir"),
        help: ArgumentHelp("WordPress: a copy of the old site's wp-content/uploads, for its images.", valueName: "dir"))
    var mediaDirectory: String?

    @Flag(
        name: .customLong("include-replies"),
        help: "Mastodon and X: also import replies to other accounts (replies to yourself, threads, always are).")
    var includeReplies = false

    @Flag(
        name: .customLong("account-gone"),
        help: "The account was suspended or closed: mark its profile in links.yml as gone (shown as text, no longer linked).")
    var accountGone = false

    @Option(
        name: .customLong("max-size"),
        help: ArgumentHelp("The most the export may unpack to (default 5GB).", valueName: "size"))
    var maximumSize: String?

    @OptionGroup var site: SiteOption

    func validate() throws {
        if let since, ImportDates.start(of: since) == nil { throw ValidationError("--since \(since): give a day as YYYY-MM-DD") }
        if let until, ImportDates.end(of: until) == nil { throw ValidationError("--until \(until): give a day as YYYY-MM-DD") }
        if let maximumSize, ImportDates.bytes(maximumSize) == nil {
            throw ValidationError("--max-size \(maximumSize): give a size such as 5GB or 800MB")
        }
        if mediaDirectory != nil, platform != .wordpress { throw ValidationError("--media-dir is for WordPress exports only") }
    }

    func run() throws {
        var options = ImportOptions(platform: platform, exportPaths: archive, siteDirectory: site.site)
        options.section = section
        options.since = since.flatMap(ImportDates.start)
        options.until = until.flatMap(ImportDates.end)
        options.dryRun = dryRun
        options.restore = restore
        options.mediaDirectory = mediaDirectory
        options.includeReplies = includeReplies
        if let bytes = maximumSize.flatMap(ImportDates.bytes) { options.limits.maximumTotalBytes = bytes }

        let progress = ImportProgressLine(enabled: isatty(STDERR_FILENO) == 1)
        let summary: ImportSummary
        do {
            summary = try ImportRun(options: options).run(progress: progress.show)
        } catch {
            progress.clear()
            Console.error("error: \(error)")
            throw SiteFailure.siteErrors
        }
        progress.clear()
        ImportReport(summary: summary).print()
        if !dryRun { updateProfile(summary) }
    }

    /// Adds the account's profile to links.yml when it is missing, and
    /// marks it gone with --account-gone, through the same safe editor as
    /// `sitegen profile`.
    private func updateProfile(_ summary: ImportSummary) {
        guard let address = summary.accountAddress else {
            if accountGone { Console.error("note: the export does not name its account; set `status: gone` on its profile in links.yml yourself") }
            return
        }
        do {
            let manifest = try site.editor.manifest()
            let existing = manifest.profiles.first { WebAddress.normalised($0.url) == WebAddress.normalised(address) }
            var url = existing?.url ?? address
            if existing == nil {
                let result = try site.editor.add(.profile(url: address, label: nil))
                url = address
                Console.out("Added the profile \(address) to \(result.file) (line \(result.lines.lowerBound)).")
            }
            if accountGone {
                let result = try site.editor.set(.profileStatus(.gone), ofEntry: url, in: "profiles")
                Console.out("Marked \(url) as gone in \(result.file): the site names it as text and no longer links it.")
            }
        } catch {
            Console.report(error.diagnostics)
            Console.error("note: the posts were imported; only links.yml was left as it was")
        }
    }
}

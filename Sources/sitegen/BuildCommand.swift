import ArgumentParser
import Foundation
import SiteGen
import SiteGenCore

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site into its output folder (public/ by default).",
        discussion: """
            The site is built beside the output folder and swapped in, in one step, only if the whole build succeeds. \
            The output folder is replaced as a whole, so sitegen only builds into a missing or empty folder, or one it \
            built before (it holds a .sitegen-output file). One build of an output folder runs at a time: another one waits. \
            When nothing the site is made of changed since the last build (its files, the options, sitegen itself, the \
            date), the output is left as it is and the build says so; --force builds anyway.
            """
    )

    @Option(name: .long, help: ArgumentHelp("The site's folder, holding site.yml and content/.", valueName: "dir"))
    var site: String = "."

    @Option(name: .long, help: ArgumentHelp("Where to write the site (default: public/ in the site's folder).", valueName: "dir"))
    var output: String?

    @Option(name: .customLong("base-url"), help: ArgumentHelp("Publish under this address instead of site.yml's url.", valueName: "url"))
    var baseURL: String?

    @Flag(name: .long, help: "Include pages marked draft: true.")
    var drafts = false

    @Flag(name: .customLong("no-wait"), help: "Fail at once, instead of waiting, if another build of the same output folder is running.")
    var noWait = false

    @Flag(name: .long, help: "Show the time of each step.")
    var verbose = false

    @Flag(name: .long, help: "Build even when nothing changed since the last build.")
    var force = false

    func run() throws {
        let siteURL = URL(fileURLWithPath: site)
        let options = BuildOptions(
            siteDirectory: siteURL, outputDirectory: output.map { URL(fileURLWithPath: $0) },
            baseURL: baseURL, includeDrafts: drafts, waitForOtherBuilds: !noWait)
        var builder = SiteBuilder(options: options)
        builder.waiting = { Console.error($0) }
        builder.lastBuild = force ? .record : .skipWhenUnchanged
        do {
            let report = try builder.build()
            Console.report(report.warnings)
            if verbose {
                for step in report.steps {
                    Console.out("  \(step.name): \(Self.milliseconds(step.duration)) ms")
                }
                if let photos = report.imageSummary { Console.out("  \(photos)") }
            }
            Console.out(report.summary)
        } catch let error as DiagnosticsError {
            Console.report(error.diagnostics)
            Console.error("Build failed; \(Self.leftAsItWas(options.outputDirectory))")
            throw SiteFailure.siteErrors
        }
    }

    /// What the failed build did not touch, as the owner sees it: a refused
    /// `--output links.yml` is a file, not a folder, and a first build has no output yet.
    static func leftAsItWas(_ output: URL) -> String {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: output.path, isDirectory: &isFolder) else { return "nothing was written." }
        return "\(output.lastPathComponent)\(isFolder.boolValue ? "/" : "") was left as it was."
    }

    static func milliseconds(_ duration: Duration) -> String {
        let value = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
        return String(format: "%.1f", value)
    }
}

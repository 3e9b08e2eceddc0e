import ArgumentParser
import Foundation
import SiteGen

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site into its output folder (public/ by default).",
        discussion: "The site is built beside the output folder and swapped in only if the whole build succeeds."
    )

    @Option(name: .long, help: ArgumentHelp("The site's folder, holding site.yml and content/.", valueName: "dir"))
    var site: String = "."

    @Option(name: .long, help: ArgumentHelp("Where to write the site (default: public/ in the site's folder).", valueName: "dir"))
    var output: String?

    @Option(name: .customLong("base-url"), help: ArgumentHelp("Publish under this address instead of site.yml's url.", valueName: "url"))
    var baseURL: String?

    @Flag(name: .long, help: "Include pages marked draft: true.")
    var drafts = false

    @Flag(name: .long, help: "Show the time of each step.")
    var verbose = false

    func run() throws {
        let siteURL = URL(fileURLWithPath: site)
        let options = BuildOptions(siteDirectory: siteURL, outputDirectory: output.map { URL(fileURLWithPath: $0) },
                                   baseURL: baseURL, includeDrafts: drafts)
        do {
            let report = try SiteBuilder(options: options).build()
            Console.report(report.warnings)
            if verbose {
                for step in report.steps {
                    Console.out("  \(step.name): \(Self.milliseconds(step.duration)) ms")
                }
            }
            Console.out(report.summary)
        } catch let error as DiagnosticsError {
            Console.report(error.diagnostics)
            Console.error("Build failed; \(options.outputDirectory.lastPathComponent)/ was left as it was.")
            throw SiteFailure.siteErrors
        }
    }

    static func milliseconds(_ duration: Duration) -> String {
        let value = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
        return String(format: "%.1f", value)
    }
}

import ArgumentParser
import Foundation
import SiteGen
import SiteGenCore
import SiteGenDeploy

struct DeployCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deploy",
        abstract: "Build the site and publish it to a host named in deploy.yml (sftp, rsync, ftps, ftp or git).",
        discussion: """
            Only what changed is sent, pictures and stylesheets before the pages that use them, and removals come last, \
            so visitors never see a half-published site. sitegen removes only files it published itself (it keeps their \
            list in .sitegen-deployed.json on the host): the host's other files stay. Passwords never go in deploy.yml: \
            SSH uses your keys, FTP a password from an environment variable or ~/.netrc. \
            Exit codes: 0 deployed, 1 the site or deploy.yml has errors, 3 the deploy could not be completed.
            """
    )

    @Argument(help: ArgumentHelp("The target's name in deploy.yml (default: the first).", valueName: "target"))
    var target: String?

    @Option(name: .long, help: ArgumentHelp("The site's folder, holding site.yml and deploy.yml.", valueName: "dir"))
    var site: String = "."

    @Flag(name: .customLong("dry-run"), help: "Show what would be uploaded and removed, and change nothing.")
    var dryRun = false

    @Flag(name: .long, help: "List every file uploaded and removed.")
    var verbose = false

    func run() throws {
        let siteURL = URL(fileURLWithPath: site).standardizedFileURL
        let configFile = siteURL.appendingPathComponent(DeployConfig.fileName)
        let display = BuildOptions(siteDirectory: siteURL).display(configFile)
        guard FileManager.default.fileExists(atPath: configFile.path) else {
            Console.error("error: \(display): no deploy.yml: it names where the site is published. For example:")
            Console.error(Self.example)
            Console.error("See the README's section \"Publishing: sitegen deploy\" for each kind of host.")
            throw SiteFailure.siteErrors
        }
        let chosen: DeployTarget
        do {
            chosen = try DeployConfigLoader(siteDirectory: siteURL).load(file: configFile, display: display).target(named: target)
        } catch {
            Console.report(error.diagnostics)
            throw SiteFailure.siteErrors
        }
        let state = DeployState.folder(of: chosen.name, site: siteURL)
        try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
        // One deploy per target at a time: a second one waits for the first.
        let lock = FileLock(path: state.appendingPathComponent("lock").path)
        try lock.acquire()
        defer { lock.release() }

        // Built apart, in a folder of its own: public/ stays as the owner
        // left it, and a build run meanwhile cannot change files on their way.
        let scratch = ScratchFolder(purpose: "deploy")
        defer { scratch.remove() }
        let built = scratch.url.appendingPathComponent("public")
        let options = BuildOptions(siteDirectory: siteURL, outputDirectory: built, baseURL: chosen.siteURL)
        do {
            let report = try SiteBuilder(options: options).build()
            Console.report(report.warnings)
            Console.out(report.summaryWithoutFolder)
        } catch let error as DiagnosticsError {
            Console.report(error.diagnostics)
            Console.error("Build failed; nothing was deployed.")
            throw SiteFailure.siteErrors
        }

        let progressLine = DeployProgressLine(enabled: !dryRun && isatty(STDERR_FILENO) == 1)
        var run = DeployRun(target: chosen, built: built, stateFolder: state)
        run.dryRun = dryRun
        run.scratchParent = scratch.url
        run.source = Self.source(of: siteURL)
        run.progress = { progressLine.show($0) }
        if !dryRun { Console.out("Deploying to \(chosen.summary)…") }
        let outcome: DeployOutcome
        do {
            outcome = try run.run()
            progressLine.clear()
        } catch let error as DeployError {
            progressLine.clear()
            Console.error("error: \(chosen.location.description): deploy to \(chosen.name) failed: \(error.description)")
            throw SiteFailure.deployFailed
        }
        for warning in outcome.warnings { Console.error("warning: \(warning)") }
        if dryRun || verbose {
            for file in outcome.uploaded { Console.out("  \(dryRun ? "would upload" : "uploaded")  \(file.path) (\(DeployOutcome.size(file.size)))") }
            for path in outcome.removed { Console.out("  \(dryRun ? "would remove  " : "removed   ")\(path)") }
        }
        Console.out(outcome.summary)
    }

    /// What the site was built from, when its folder is in a git repository.
    static func source(of site: URL) -> String? {
        guard let result = try? ToolRunner.live.run(ToolRun("git", ["-C", site.path, "describe", "--always", "--dirty", "--tags"])),
            result.succeeded
        else { return nil }
        let text = result.output.trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : "commit \(text)"
    }

    static let example = """
          targets:
            ovh:                      # sitegen deploy ovh
              kind: ftps              # or sftp, rsync, ftp, git
              host: ftp.cluster021.hosting.ovh.net
              user: boulangerie
              folder: www
              password_variable: OVH_FTP_PASSWORD
        """
}

import ArgumentParser
import Foundation
import SiteGen
import SiteGenServer

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site: build it, serve it on 127.0.0.1, rebuild when a file changes and reload the browser.",
        discussion: "Nothing is written to public/: the preview lives in a temporary folder removed on Ctrl-C."
    )

    @Option(name: .long, help: ArgumentHelp("The site's folder, holding site.yml and content/.", valueName: "dir"))
    var site: String = "."

    @Option(help: "The port to listen on; the next free one is used if it is taken (0: any free port).")
    var port: Int = 8000

    @Option(help: ArgumentHelp("The address to listen on. Anything but 127.0.0.1 shows the preview to other machines.", valueName: "address"))
    var host: String = "127.0.0.1"

    @Flag(help: "Include pages marked draft: true.")
    var drafts = false

    @Flag(help: "Open the preview in the default browser.")
    var open = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 1 and 65535 (0: any free port)") }
    }

    func run() throws {
        if !["127.0.0.1", "localhost", "::1"].contains(host) {
            Console.error("warning: listening on \(host): other machines on the network can see the preview")
        }
        let session: PreviewSession
        do {
            session = try PreviewSession(
                options: .init(siteDirectory: URL(fileURLWithPath: site), host: host, port: port, includeDrafts: drafts),
                log: { Console.error($0) })
        } catch {
            Console.error("error: \(error)")
            throw SiteFailure.siteErrors
        }
        // Ctrl-C is handled from here on, before the address is printed.
        InterruptSignal.install {
            session.stop()
            Console.out("Stopped.")
            Foundation.exit(0)
        }
        let first = session.start()
        Self.print(first)
        Console.out("Serving \(site == "." ? "the site" : site) at \(session.url) (Ctrl-C to stop)")
        if open { Self.openBrowser(session.url) }
        Thread.detachNewThread {
            session.watch { Self.print($0) }
        }
        dispatchMain()
    }

    static func print(_ rebuild: PreviewSession.Rebuild) {
        let what =
            rebuild.changed.isEmpty ? "" : " after \(rebuild.changed.count == 1 ? rebuild.changed[0] : "\(rebuild.changed.count) files") changed"
        if let report = rebuild.report, !rebuild.full {
            Console.report(report.warnings)
            let files = report.written.count == 1 ? "1 file" : "\(report.written.count) files"
            Console.out(String(format: "Updated %@ in %.3f s%@", files, rebuild.seconds, what))
        } else if let report = rebuild.report {
            Console.report(report.warnings)
            Console.out(String(format: "Built %d pages in %.2f s%@", report.pageCount, rebuild.seconds, what))
        } else {
            Console.report(rebuild.errors)
            Console.error("Build failed\(what); still serving the last good build.")
        }
    }

    static func openBrowser(_ url: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["xdg-open", url]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try? process.run()
    }
}

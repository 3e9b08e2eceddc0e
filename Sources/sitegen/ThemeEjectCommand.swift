import ArgumentParser
import Foundation
import SiteGen
import SiteGenCore

struct ThemeEjectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eject",
        abstract: "Copy files of the built-in theme into templates/, to edit them there.",
        discussion: """
            Without a file name, lists the theme's files. A file already in templates/ is never replaced. \
            To change a few colours, a templates/custom.css, which pages load after the theme's stylesheet, is simpler \
            than a copy of the whole style.css.
            """
    )

    @Argument(help: ArgumentHelp("The theme's files to copy: style.css, page.mustache…", valueName: "file"))
    var files: [String] = []

    @Flag(help: "Copy every file of the theme that templates/ does not have yet.")
    var all = false

    @OptionGroup var site: SiteOption

    func validate() throws {
        if all, !files.isEmpty {
            throw ValidationError("--all copies every file; leave out the file names, or leave out --all")
        }
    }

    /// How messages show the site's `templates/`: as the owner named the site's folder.
    private var displayRoot: String {
        site.site == "." ? "templates" : (site.site as NSString).appendingPathComponent("templates")
    }

    func run() throws {
        let ejector = ThemeEjector(siteDirectory: URL(fileURLWithPath: site.site))
        do {
            if all {
                let (written, kept) = try ejector.ejectAll(displayRoot: displayRoot)
                report(written)
                for file in kept { Console.out("kept \(displayRoot)/\(file.path) as it is: it was already there") }
                if written.isEmpty { Console.out("Nothing to copy: \(displayRoot)/ already has every file of the theme.") }
            } else if files.isEmpty {
                list(ejector.files)
            } else {
                report(try ejector.eject(files, displayRoot: displayRoot))
            }
        } catch {
            Console.report(error.diagnostics)
            throw SiteFailure.siteErrors
        }
    }

    private func report(_ written: [ThemeFileDescription]) {
        for file in written {
            Console.out("wrote \(displayRoot)/\(file.path)")
            Console.out("  \(file.meaning)")
        }
    }

    private func list(_ files: [ThemeFileDescription]) {
        let width = files.map(\.path.count).max() ?? 0
        Console.out("The theme's files:")
        for file in files {
            Console.out("  " + file.path.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + file.summary)
        }
        Console.out("")
        Console.out("To change one, copy it into templates/ and edit it there: sitegen theme eject style.css")
        Console.out("To change only a few colours, write them in templates/custom.css instead, for example :root { --link: #0b5d1e; }")
    }
}

import ArgumentParser
import Foundation
import SiteGen
import SiteGenManifest

enum ListFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}

struct PressListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the press mentions, newest first.")

    @Option(help: "table (for people) or json (for scripts).")
    var format: ListFormat = .table

    @OptionGroup var site: SiteOption

    func run() throws {
        let manifest: LinksManifest
        do {
            manifest = try site.editor.manifest()
        } catch {
            Console.report(error.diagnostics)
            throw SiteFailure.siteErrors
        }
        let press = manifest.press.sorted { ($0.date, $0.title) > ($1.date, $1.title) }
        switch format {
        case .json:
            let objects: [[String: Any]] = press.map { mention in
                var object: [String: Any] = [
                    "url": mention.url, "title": mention.title, "outlet": mention.outlet,
                    "date": mention.date.iso8601, "status": mention.status.rawValue, "line": mention.location.line,
                ]
                object["quote"] = mention.quote
                object["lang"] = mention.language
                object["archive"] = mention.archive
                return object
            }
            let data = try JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            Console.out(String(decoding: data, as: UTF8.self))
        case .table:
            guard !press.isEmpty else {
                Console.out("No press mention yet. Add one with: sitegen press add URL --title ... --outlet ...")
                return
            }
            Console.out(
                ManifestOutput.table(
                    ["Date", "Outlet", "Title", "Address"],
                    press.map {
                        [$0.date.isoDay, $0.outlet, Self.shortened($0.title, 50), $0.status == .dead ? "(dead) \($0.archive ?? $0.url)" : $0.url]
                    }))
        }
    }

    static func shortened(_ text: String, _ length: Int) -> String {
        text.count <= length ? text : String(text.prefix(length - 1)) + "…"
    }
}

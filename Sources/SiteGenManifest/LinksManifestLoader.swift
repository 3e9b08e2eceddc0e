import Foundation
import SiteGenCore
import Yams

/// Reads and checks `links.yml`, reporting every problem with its position.
package struct LinksManifestLoader {
    package init() {}

    package func load(_ source: YAMLSource) throws(DiagnosticsError) -> LinksManifest {
        let root = YAMLMappingReader(try source.parse(), source: source)
        root.reportUnknownKeys(known: ["profiles", "press"])
        var manifest = LinksManifest.empty
        // Every readable address with its place in the file, for duplicates.
        var addresses: [(what: String, url: String, location: SourceLocation)] = []
        for (index, node) in root.list("profiles") ?? [] {
            let reader = YAMLMappingReader(node, source: source, path: "profiles[\(index)]")
            reader.reportUnknownKeys(known: ["url", "label", "status", "archive"])
            let url = webAddress(reader, "url", required: true)
            let label = reader.string("label")
            let archive = webAddress(reader, "archive", required: false)
            var status = Profile.Status.live
            if let text = reader.string("status") {
                if let parsed = Profile.Status(rawValue: text) {
                    status = parsed
                } else {
                    reader.error("status", "\"\(text)\" is not `live` or `gone`")
                }
            }
            if let url {
                manifest.profiles.append(Profile(url: url, label: label, status: status, archive: archive, location: reader.mappingLocation))
                addresses.append(("profiles[\(index)]", url, reader.mappingLocation))
            }
            root.absorb(reader)
        }
        for (index, node) in root.list("press") ?? [] {
            let reader = YAMLMappingReader(node, source: source, path: "press[\(index)]")
            reader.reportUnknownKeys(known: ["url", "title", "outlet", "date", "quote", "lang", "archive", "status"])
            let url = webAddress(reader, "url", required: true)
            if let url { addresses.append(("press[\(index)]", url, reader.mappingLocation)) }
            let title = reader.requiredString("title")
            let outlet = reader.requiredString("outlet")
            let date = reader.date("date")
            if reader.node("date") == nil { reader.missing("date") }
            let archive = webAddress(reader, "archive", required: false)
            let quote = reader.string("quote")
            let language = reader.string("lang")
            if let language, !LanguageTag.isValid(language) {
                reader.error("lang", "\"\(language)\" is not a language code such as fr, en or en-GB")
            }
            var status = PressMention.Status.live
            if let text = reader.string("status") {
                if let parsed = PressMention.Status(rawValue: text) {
                    status = parsed
                } else {
                    reader.error("status", "\"\(text)\" is not `live` or `dead`")
                }
            }
            if status == .dead, archive == nil, reader.node("archive") == nil {
                reader.error("status", "a dead link needs `archive:`, the address of an archived copy")
            }
            if let url, let title, let outlet, let date {
                manifest.press.append(
                    PressMention(
                        url: url, title: title, outlet: outlet, date: date,
                        quote: quote, language: language,
                        archive: archive, status: status, location: reader.mappingLocation))
            }
            root.absorb(reader)
        }
        let diagnostics = root.diagnostics + duplicates(addresses)
        if diagnostics.contains(where: { $0.severity == .error }) { throw DiagnosticsError(diagnostics) }
        return manifest
    }

    /// The same address twice (after normalising the host's case and trailing
    /// slashes) is an error at the second one, naming the first, with a note at it.
    private func duplicates(_ entries: [(what: String, url: String, location: SourceLocation)]) -> [Diagnostic] {
        var first: [String: (what: String, location: SourceLocation)] = [:]
        var diagnostics: [Diagnostic] = []
        for (what, url, location) in entries {
            let key = WebAddress.normalised(url)
            if let earlier = first[key] {
                diagnostics.append(
                    .error(
                        at: location, "\(what).url: \(url) is already listed as \(earlier.what)",
                        notes: [Diagnostic.Note(at: earlier.location, "first listed here, as \(earlier.what)")]))
            } else {
                first[key] = (what, location)
            }
        }
        return diagnostics
    }

    /// Only absolute `https:` and `http:` addresses may reach an `href`.
    private func webAddress(_ reader: YAMLMappingReader, _ key: String, required: Bool) -> String? {
        guard let text = required ? reader.requiredString(key) : reader.string(key) else { return nil }
        let url = text.trimmingCharacters(in: .whitespaces)
        if let problem = WebAddress.problem(url) {
            reader.error(key, "\(TextField.quoted(text)) \(problem)")
            return nil
        }
        return url
    }
}

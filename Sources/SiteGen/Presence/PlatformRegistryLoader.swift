import Foundation
import SiteGenCore
import Yams

/// Reads `platforms.yml`, checking every entry, so that a platform added by
/// a site is held to the same rules as the built-in ones.
struct PlatformRegistryLoader {
    func load(_ source: YAMLSource) throws(DiagnosticsError) -> PlatformRegistry {
        let root = YAMLMappingReader(try source.parse(), source: source)
        root.reportUnknownKeys(known: ["platforms"])
        var platforms: [Platform] = []
        var seen: Set<String> = []
        for (index, node) in root.list("platforms") ?? [] {
            let reader = YAMLMappingReader(node, source: source, path: "platforms[\(index)]")
            defer { root.absorb(reader) }
            reader.reportUnknownKeys(known: ["id", "name", "match", "handle", "colour", "text", "icon"])
            let id = reader.requiredString("id")
            let name = reader.requiredString("name")
            let colour = colourValue(reader, "colour")
            let text = colourValue(reader, "text")
            let icon = reader.requiredString("icon")
            if let id, !seen.insert(id).inserted { reader.error("id", "\"\(id)\" is used by an earlier platform") }
            if let colour, let text, Contrast.ratio(colour, text) < 4.5 {
                reader.error("text", String(format: "contrast with colour %@ is %.2f:1, under 4.5:1", colour, Contrast.ratio(colour, text)))
            }
            var matches: [Platform.Match] = []
            for (matchIndex, matchNode) in reader.list("match") ?? [] {
                let matchReader = YAMLMappingReader(matchNode, source: source, path: "\(reader.path).match[\(matchIndex)]")
                matchReader.reportUnknownKeys(known: ["host", "path", "handle"])
                let host = matchReader.string("host")?.lowercased()
                let path = matchReader.string("path")
                if host == nil, path == nil { matchReader.error(at: matchReader.mappingLocation, "\(matchReader.path): needs host:, path: or both") }
                matches.append(Platform.Match(host: host, pathPrefix: path, handleTemplate: matchReader.string("handle")))
                reader.absorb(matchReader)
            }
            if reader.node("match") == nil { reader.missing("match") }
            if let id, let name, let colour, let text, let icon, !matches.isEmpty {
                platforms.append(
                    Platform(
                        id: id, name: name, matches: matches, handleTemplate: reader.string("handle"),
                        colour: colour, textColour: text, icon: icon))
            }
        }
        if root.diagnostics.contains(where: { $0.severity == .error }) { throw DiagnosticsError(root.diagnostics) }
        return PlatformRegistry(platforms: platforms)
    }

    private func colourValue(_ reader: YAMLMappingReader, _ key: String) -> String? {
        guard let value = reader.requiredString(key) else { return nil }
        guard Contrast.rgb(value) != nil else {
            reader.error(key, "\"\(value)\" is not a colour such as #1A73E8")
            return nil
        }
        return value.uppercased()
    }
}

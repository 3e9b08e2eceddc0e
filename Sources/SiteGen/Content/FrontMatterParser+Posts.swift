import SiteGenCore
import Yams

/// The keys of posts brought home from a platform (`sitegen import`), which
/// any dated post may use too: where else the post is, where it came from,
/// and its tags.
extension FrontMatterParser {
    /// `syndication:` as one address or a list of them, each an `https:` or
    /// `http:` address, reported at its own item.
    func readSyndication(_ reader: YAMLMappingReader) -> [String] {
        guard let node = reader.node("syndication") else { return [] }
        let items: [(name: String, node: Node)]
        switch node {
        case .scalar:
            items = [("syndication", node)]
        case .sequence(let sequence):
            items = sequence.enumerated().map { ("syndication[\($0.offset)]", $0.element) }
        default:
            reader.error("syndication", "expected an address or a list of addresses, found \(node.kindDescription)")
            return []
        }
        var addresses: [String] = []
        for (name, item) in items {
            let location = reader.source.location(of: item.mark)
            guard case .scalar(let scalar) = item else {
                reader.error(at: location, "\(name): expected an address, found \(item.kindDescription)")
                continue
            }
            let address = scalar.string.trimmingCharacters(in: .whitespaces)
            if let problem = WebAddress.problem(address) {
                reader.error(
                    at: location,
                    "\(name): \(TextField.quoted(address)) \(problem); write the address of the same post on the platform, such as https://mastodon.social/@bakery/112000000000000001"
                )
                continue
            }
            if !addresses.contains(address) { addresses.append(address) }
        }
        return addresses
    }

    /// `imported_from:` with its `platform` (one `sitegen import` reads) and `id`.
    func readImportOrigin(_ reader: YAMLMappingReader) -> ImportOrigin? {
        guard let mapping = reader.mapping("imported_from") else { return nil }
        defer { reader.absorb(mapping) }
        // A value that is not a mapping is one error, not one per missing key.
        guard mapping.diagnostics.isEmpty else { return nil }
        mapping.reportUnknownKeys(known: ["platform", "id"])
        let platformName = mapping.requiredString("platform")
        let id = mapping.requiredString("id")
        guard let platformName else { return nil }
        guard let platform = ImportPlatform(rawValue: platformName.trimmingCharacters(in: .whitespaces).lowercased()) else {
            let known = ImportPlatform.allCases.map(\.rawValue)
            mapping.error(
                "platform",
                "\(TextField.quoted(platformName)) is not a platform sitegen imports from; use \(known.dropLast().joined(separator: ", ")) or \(known.last!)"
            )
            return nil
        }
        guard let id else { return nil }
        return ImportOrigin(platform: platform, id: id)
    }

    /// `tags:` as one word or a list, without blanks or repeats.
    func readTags(_ reader: YAMLMappingReader) -> [String] {
        var tags: [String] = []
        for (index, tag) in (reader.stringList("tags") ?? []).enumerated() {
            let trimmed = tag.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else {
                reader.error(at: reader.location(of: "tags"), "tags[\(index)]: a tag must not be empty")
                continue
            }
            if !tags.contains(trimmed) { tags.append(trimmed) }
        }
        return tags
    }
}

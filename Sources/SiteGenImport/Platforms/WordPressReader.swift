import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads a WordPress export (WXR: RSS 2.0 with WordPress's namespaces) with
/// Foundation's XML parser, a streaming libxml2 reader that neither loads
/// external entities nor follows a DTD. Elements are matched by namespace,
/// whatever their prefix, for the versions 1.0 to 1.2 of the format.
final class WordPressReader: NSObject, XMLParserDelegate {
    private(set) var items: [WordPressItem] = []
    private(set) var baseSiteURL = ""
    private(set) var isWordPress = false
    private var item: WordPressItem?
    private var text = ""
    private var metaKey = ""
    private var metaValue = ""
    private var termDomain = ""
    private var depthInComment = 0
    private var failure: String?

    private static let wordPressNamespace = "http://wordpress.org/export/"
    private static let contentNamespace = "http://purl.org/rss/1.0/modules/content/"

    static func read(_ bytes: [UInt8], path: String) throws -> WordPressReader {
        let reader = WordPressReader()
        let parser = XMLParser(data: Data(bytes))
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = reader
        if !parser.parse() {
            let error = parser.parserError.map { "\($0.localizedDescription)" } ?? "unknown error"
            throw ImportError.invalidDocument(
                path, detail: "not a readable WordPress export (line \(parser.lineNumber), column \(parser.columnNumber): \(error))")
        }
        return reader
    }

    private func isWP(_ namespace: String?) -> Bool {
        namespace?.hasPrefix(Self.wordPressNamespace) == true && namespace?.contains("excerpt") == false
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]
    ) {
        text = ""
        if isWP(namespaceURI), name == "comment" { depthInComment += 1 }
        guard depthInComment == 0 else { return }
        if name == "item", namespaceURI?.isEmpty ?? true { item = WordPressItem() }
        if name == "category", item != nil { termDomain = attributes["domain"] ?? "" }
        if isWP(namespaceURI), name == "wxr_version" { isWordPress = true }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard depthInComment == 0 else { return }
        text += string
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        guard depthInComment == 0 else { return }
        text += String(decoding: CDATABlock, as: UTF8.self)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if isWP(namespaceURI), name == "comment" {
            depthInComment = max(0, depthInComment - 1)
            return
        }
        guard depthInComment == 0 else { return }
        let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
        defer { text = "" }
        guard item != nil else {
            if isWP(namespaceURI), name == "base_site_url" { baseSiteURL = value }
            return
        }
        let plain = namespaceURI?.isEmpty ?? true
        switch (plain, isWP(namespaceURI), name) {
        case (true, _, "item"):
            if let item { items.append(item) }
            item = nil
        case (true, _, "title"): item?.title = value
        case (true, _, "link"): item?.link = value
        case (true, _, "category"):
            if ["category", "post_tag"].contains(termDomain), !value.isEmpty, value.lowercased() != "uncategorized" { item?.terms.append(value) }
        case (_, true, "post_id"): item?.postID = value
        case (_, true, "post_date"): item?.postDate = value
        case (_, true, "post_date_gmt"): item?.postDateGMT = value
        case (_, true, "post_name"): item?.postName = value
        case (_, true, "status"): item?.status = value
        case (_, true, "post_type"): item?.postType = value
        case (_, true, "post_parent"): item?.postParent = value
        case (_, true, "post_password"): item?.hasPassword = !value.isEmpty
        case (_, true, "attachment_url"): item?.attachmentURL = value
        case (_, true, "meta_key"): metaKey = value
        case (_, true, "meta_value"): metaValue = value
        case (_, true, "postmeta"):
            if metaKey == "_wp_attachment_image_alt" { item?.altText = metaValue }
            if metaKey == "_thumbnail_id" { item?.thumbnailID = metaValue }
            metaKey = ""
            metaValue = ""
        default:
            if namespaceURI == Self.contentNamespace, name == "encoded" { item?.content = text }
        }
    }
}

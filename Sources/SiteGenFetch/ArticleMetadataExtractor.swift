import Foundation
import SiteGenCore

/// Reads an article's headline, outlet, date and language from its HTML,
/// without the network.
///
/// Preference: OpenGraph (`og:title`, `og:site_name`,
/// `article:published_time`), then JSON-LD (an `Article`-like node, also
/// inside `@graph` or arrays), then `<title>` for the title and
/// `<html lang>` (or `og:locale`) for the language. The page is untrusted:
/// every value goes through `HTMLText`, dates and languages are validated,
/// and a broken JSON-LD block is skipped.
struct ArticleMetadataExtractor: Sendable {
    static let titleLimit = 300
    static let outletLimit = 120

    /// Title separators of the form "Headline - Outlet".
    private static let titleSeparators = [" - ", " | ", " – ", " — ", " · ", " • ", " :: ", " / "]

    /// Schema.org types read as articles, besides every `...Article`.
    private static let articleTypes: Set<String> = ["BlogPosting", "LiveBlogPosting", "Report"]

    /// Other `<meta>` names that carry a publication date, tried after
    /// OpenGraph and JSON-LD.
    private static let dateMetaNames = ["datepublished", "date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date"]

    func extract(html: String, finalURL: String) -> ArticleMetadata {
        let page = scan(Array(html.utf8))
        let article = ArticleNodes(jsonLD: page.jsonLD)

        let outlet = HTMLText.plainText(page.meta["og:site_name"] ?? article.publisher, limit: Self.outletLimit)
        let rawTitle = page.meta["og:title"].flatMap(Self.nonBlank) ?? article.headline.flatMap(Self.nonBlank) ?? page.title
        let title = rawTitle.map { Self.removingOutlet(outlet, from: HTMLText.plainText($0)) }
            .map { HTMLText.limited($0, to: Self.titleLimit) }
            .flatMap(Self.nonBlank)

        let dates =
            [page.meta["article:published_time"], page.meta["og:article:published_time"], article.datePublished]
            + Self.dateMetaNames.map { page.meta[$0] }
        let published = dates.lazy.compactMap { $0.flatMap(Self.day) }.first

        let language =
            article.inLanguage.flatMap { Self.languageTag($0, primaryOnly: false) }
            ?? page.htmlLang.flatMap { Self.languageTag($0, primaryOnly: false) }
            ?? page.meta["og:locale"].flatMap { Self.languageTag($0, primaryOnly: true) }

        return ArticleMetadata(title: title, outlet: outlet, published: published, language: language, finalURL: finalURL)
    }

    private static func nonBlank(_ text: String) -> String? {
        HTMLText.plainText(text).isEmpty ? nil : text
    }

    // MARK: Values

    /// "Headline | Outlet" -> "Headline" when the outlet is known.
    static func removingOutlet(_ outlet: String?, from title: String) -> String {
        guard let outlet, !outlet.isEmpty else { return title }
        for separator in titleSeparators {
            let suffix = separator + outlet
            guard title.count > suffix.count,
                title.lowercased().hasSuffix(suffix.lowercased())
            else { continue }
            let kept = String(title.dropLast(suffix.count)).trimmingCharacters(in: .whitespaces)
            if !kept.isEmpty { return kept }
        }
        return title
    }

    /// The calendar day of an ISO 8601 date or date-time, as written.
    static func day(_ raw: String) -> ContentDate? {
        let text = HTMLText.collapsingWhitespace(HTMLText.decodingEntities(raw))
        guard let date = ContentDate(parsing: text) ?? ContentDate(parsing: String(text.prefix(10))) else { return nil }
        return ContentDate(year: date.year, month: date.month, day: date.day)
    }

    /// A BCP 47 tag in its usual case (`en-GB`, `zh-Hant`), from `en_gb` or
    /// `EN-GB`; only the language (`fr`) when `primaryOnly`. Nil unless it
    /// looks like a tag.
    static func languageTag(_ raw: String, primaryOnly: Bool) -> String? {
        let text = HTMLText.collapsingWhitespace(HTMLText.decodingEntities(raw)).replacingOccurrences(of: "_", with: "-")
        guard !text.isEmpty, text.count <= 35 else { return nil }
        var parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        if primaryOnly { parts = [parts[0]] }
        let tag = parts.enumerated().map { index, part in
            if index > 0, part.count == 2 { return part.uppercased() }
            if index > 0, part.count == 4, part.allSatisfy(\.isLetter) { return part.prefix(1).uppercased() + part.dropFirst().lowercased() }
            return part.lowercased()
        }.joined(separator: "-")
        return LanguageTag.isValid(tag) ? tag : nil
    }

    // MARK: Reading the page

    /// What the extractor needs from a page, found in one pass over its bytes.
    private struct Page {
        /// `<meta>` content by `property`, `name` or `itemprop` in lower
        /// case; the first of each wins.
        var meta: [String: String] = [:]
        var title: String?
        var htmlLang: String?
        var jsonLD: [String] = []
    }

    /// Elements whose contents are not markup: read (or skipped) up to their end tag.
    private static let rawTextElements: Set<String> = ["script", "style", "title", "textarea", "xmp", "noembed", "noframes"]

    private func scan(_ bytes: [UInt8]) -> Page {
        var page = Page()
        var svgDepth = 0
        var index = 0
        while let open = Self.find(UInt8(ascii: "<"), in: bytes, from: index) {
            index = open + 1
            guard open + 1 < bytes.count else { break }
            let next = bytes[open + 1]
            if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
                let isComment = Self.hasPrefix(Array("!--".utf8), in: bytes, at: open + 1)
                let terminator = isComment ? Array("-->".utf8) : [UInt8(ascii: ">")]
                guard let end = Self.find(terminator, in: bytes, from: open + (isComment ? 4 : 2)) else { break }
                index = end + terminator.count
                continue
            }
            let isEnd = next == UInt8(ascii: "/")
            let nameStart = open + (isEnd ? 2 : 1)
            guard nameStart < bytes.count, Self.isLetter(bytes[nameStart]) else { continue }
            var nameEnd = nameStart
            while nameEnd < bytes.count, Self.isNameByte(bytes[nameEnd]) { nameEnd += 1 }
            let name = String(decoding: bytes[nameStart..<nameEnd], as: UTF8.self).lowercased()
            let (attributes, tagEnd, selfClosing) = Self.attributes(bytes, from: nameEnd)
            index = tagEnd + 1
            if isEnd {
                if name == "svg" { svgDepth = max(0, svgDepth - 1) }
                continue
            }
            switch name {
            case "html":
                if page.htmlLang == nil { page.htmlLang = attributes["lang"] ?? attributes["xml:lang"] }
            case "meta":
                let key = (attributes["property"] ?? attributes["name"] ?? attributes["itemprop"])?
                    .trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
                if let key, let content = attributes["content"], page.meta[key] == nil { page.meta[key] = content }
            case "svg":
                if !selfClosing { svgDepth += 1 }
            default:
                break
            }
            guard Self.rawTextElements.contains(name) else { continue }
            let close = Self.closingTag(name, in: bytes, from: index) ?? bytes.count
            let contents = String(decoding: bytes[min(index, close)..<close], as: UTF8.self)
            if name == "title", svgDepth == 0, page.title == nil {
                page.title = contents
            } else if name == "script", attributes["type"]?.lowercased().contains("ld+json") == true {
                page.jsonLD.append(contents)
            }
            guard close < bytes.count, let end = Self.find(UInt8(ascii: ">"), in: bytes, from: close) else { break }
            index = end + 1
        }
        return page
    }

    /// The attributes of a tag whose name ends at `start` (names in lower
    /// case, the first of each kept, values as written), the index of its
    /// `>` (or the end), and whether it ends with `/>`. Values may be quoted
    /// with `"`, `'` or not at all.
    private static func attributes(_ bytes: [UInt8], from start: Int) -> ([String: String], Int, Bool) {
        var attributes: [String: String] = [:]
        var index = start
        var selfClosing = false
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D }
        while index < bytes.count {
            let byte = bytes[index]
            if isSpace(byte) {
                index += 1
                continue
            }
            if byte == UInt8(ascii: ">") { return (attributes, index, selfClosing) }
            if byte == UInt8(ascii: "/") {
                selfClosing = true
                index += 1
                continue
            }
            selfClosing = false
            let nameStart = index
            index += 1
            while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: "/"),
                bytes[index] != UInt8(ascii: ">"), bytes[index] != UInt8(ascii: "=")
            {
                index += 1
            }
            let name = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
            var afterName = index
            while afterName < bytes.count, isSpace(bytes[afterName]) { afterName += 1 }
            var value = ""
            if afterName < bytes.count, bytes[afterName] == UInt8(ascii: "=") {
                index = afterName + 1
                while index < bytes.count, isSpace(bytes[index]) { index += 1 }
                if index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
                    let quote = bytes[index]
                    let end = Self.find(quote, in: bytes, from: index + 1) ?? bytes.count
                    value = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
                    index = min(end + 1, bytes.count)
                } else {
                    let valueStart = index
                    while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
                    value = String(decoding: bytes[valueStart..<index], as: UTF8.self)
                }
            }
            if attributes[name] == nil { attributes[name] = value }
        }
        return (attributes, bytes.count, selfClosing)
    }

    /// The `<` of `</name` (any case) at or after `start`.
    private static func closingTag(_ name: String, in bytes: [UInt8], from start: Int) -> Int? {
        let pattern = Array(name.utf8)
        var index = start
        while let found = Self.find(Array("</".utf8), in: bytes, from: index) {
            let nameStart = found + 2
            if nameStart + pattern.count <= bytes.count,
                zip(bytes[nameStart..<(nameStart + pattern.count)], pattern).allSatisfy({ lowercased($0) == $1 }),
                nameStart + pattern.count == bytes.count || !isNameByte(bytes[nameStart + pattern.count])
            {
                return found
            }
            index = found + 2
        }
        return nil
    }

    private static func find(_ byte: UInt8, in bytes: [UInt8], from start: Int) -> Int? {
        guard start >= 0, start < bytes.count else { return nil }
        return bytes[start...].firstIndex(of: byte)
    }

    private static func find(_ pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let first = pattern.first else { return nil }
        var index = start
        while let found = find(first, in: bytes, from: index) {
            guard found + pattern.count <= bytes.count else { return nil }
            if bytes[found..<(found + pattern.count)].elementsEqual(pattern) { return found }
            index = found + 1
        }
        return nil
    }

    private static func hasPrefix(_ pattern: [UInt8], in bytes: [UInt8], at start: Int) -> Bool {
        start + pattern.count <= bytes.count && bytes[start..<(start + pattern.count)].elementsEqual(pattern)
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (65...90).contains(byte) || (97...122).contains(byte) }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || (48...57).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":")
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 { (65...90).contains(byte) ? byte + 32 : byte }

    // MARK: JSON-LD

    /// The first article-like nodes of a page's JSON-LD blocks, and what they say.
    private struct ArticleNodes {
        var headline: String?
        var datePublished: String?
        var publisher: String?
        var inLanguage: String?

        init(jsonLD blocks: [String]) {
            var nodes: [[String: Any]] = []
            for block in blocks {
                guard let json = Self.parse(block) else { continue }
                Self.collect(json, into: &nodes)
            }
            var byID: [String: [String: Any]] = [:]
            for node in nodes {
                if let id = node["@id"] as? String, byID[id] == nil { byID[id] = node }
            }
            for node in nodes where Self.isArticle(node) {
                headline = headline ?? Self.text(node["headline"]) ?? Self.text(node["name"])
                datePublished = datePublished ?? Self.text(node["datePublished"])
                publisher = publisher ?? Self.name(node["publisher"], byID: byID)
                inLanguage = inLanguage ?? Self.language(node["inLanguage"])
            }
        }

        /// A block's JSON; a block that is not JSON is skipped. Raw line
        /// breaks inside strings (invalid, and common) are forgiven.
        private static func parse(_ block: String) -> Any? {
            var text = block.trimmingCharacters(in: .whitespacesAndNewlines)
            for (prefix, suffix) in [("<!--", "-->"), ("<![CDATA[", "]]>"), ("//<![CDATA[", "//]]>")]
            where text.hasPrefix(prefix) && text.hasSuffix(suffix) && text.count >= prefix.count + suffix.count {
                text = String(text.dropFirst(prefix.count).dropLast(suffix.count))
            }
            if let json = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) {
                return json
            }
            let forgiven = String(text.unicodeScalars.map { $0.value < 0x20 ? " " : Character($0) })
            return try? JSONSerialization.jsonObject(with: Data(forgiven.utf8), options: [.fragmentsAllowed])
        }

        /// Every node of a block: arrays, `@graph` and `mainEntity` are looked into.
        private static func collect(_ json: Any, into nodes: inout [[String: Any]]) {
            if let array = json as? [Any] {
                for element in array { collect(element, into: &nodes) }
            } else if let object = json as? [String: Any] {
                nodes.append(object)
                if let graph = object["@graph"] { collect(graph, into: &nodes) }
                if let entity = object["mainEntity"] { collect(entity, into: &nodes) }
            }
        }

        private static func isArticle(_ node: [String: Any]) -> Bool {
            let declared: [String] = (node["@type"] as? [Any])?.compactMap { $0 as? String } ?? [node["@type"] as? String].compactMap { $0 }
            return declared.contains { type in
                // "NewsArticle", "schema:NewsArticle", "https://schema.org/NewsArticle"
                let name = type.split(whereSeparator: { $0 == "/" || $0 == ":" }).last.map(String.init) ?? type
                return name.hasSuffix("Article") || ArticleMetadataExtractor.articleTypes.contains(name)
            }
        }

        private static func text(_ value: Any?) -> String? {
            if let string = value as? String { return string.isEmpty ? nil : string }
            if let array = value as? [Any] { return array.lazy.compactMap { text($0) }.first }
            return nil
        }

        /// A publisher given as a name, an object with a name, a reference
        /// to a node of the page, or a list of those.
        private static func name(_ value: Any?, byID: [String: [String: Any]]) -> String? {
            if let string = value as? String { return string.isEmpty ? nil : string }
            if let array = value as? [Any] { return array.lazy.compactMap { name($0, byID: byID) }.first }
            guard let object = value as? [String: Any] else { return nil }
            if let name = text(object["name"]) { return name }
            if let id = object["@id"] as? String, let node = byID[id] { return text(node["name"]) }
            return nil
        }

        /// `"fr"`, or a `Language` node's code.
        private static func language(_ value: Any?) -> String? {
            if let string = value as? String { return string }
            if let array = value as? [Any] { return array.lazy.compactMap { language($0) }.first }
            guard let object = value as? [String: Any] else { return nil }
            return text(object["alternateName"]) ?? text(object["name"])
        }
    }
}

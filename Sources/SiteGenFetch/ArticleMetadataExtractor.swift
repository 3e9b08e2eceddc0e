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
        let page = self.page(of: html)
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

    /// What the extractor needs from a page. Values are markup, as the page
    /// has them, because `HTMLText` reads them as markup (as it reads the
    /// strings of JSON-LD): see `page(of:)`. Internal for the tests.
    struct Page {
        /// `<meta>` content by `property`, `name` or `itemprop` in lower
        /// case; the first of each wins.
        var meta: [String: String] = [:]
        var title: String?
        var htmlLang: String?
        var jsonLD: [String] = []
    }

    /// The page read by an HTML5 parser (`HTMLTree`), as a browser reads
    /// it: what is in a comment, a `<script>` or a `<template>` is no
    /// element, a `<meta>` in the `<body>` still is. The tree is bounded in
    /// size and depth, and is walked with a stack, not recursion.
    func page(of html: String) -> Page {
        var page = Page()
        // The nodes still to read at each level, and whether they are in an
        // `<svg>` or `<math>`, whose `<title>` is an image's, not the page's.
        var stack: [(nodes: [HTMLTree.Node], next: Int, inForeign: Bool)] = [(HTMLTree(document: html).nodes, 0, false)]
        while let last = stack.indices.last {
            guard stack[last].next < stack[last].nodes.count else {
                stack.removeLast()
                continue
            }
            let node = stack[last].nodes[stack[last].next]
            stack[last].next += 1
            guard case .element(let element) = node else { continue }
            let inForeign = stack[last].inForeign
            switch element.name {
            case "html":
                if page.htmlLang == nil { page.htmlLang = (element.attribute("lang") ?? element.attribute("xml:lang")).map(Self.markup) }
            case "meta":
                let key = (element.attribute("property") ?? element.attribute("name") ?? element.attribute("itemprop"))?
                    .trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
                if let key, let content = element.attribute("content"), page.meta[key] == nil { page.meta[key] = Self.markup(content) }
            case "title" where !inForeign && page.title == nil:
                page.title = Self.markup(Self.text(of: element))
            case "script" where element.attribute("type")?.lowercased().contains("ld+json") == true:
                page.jsonLD.append(Self.scriptText(Self.text(of: element)))
            case "template":
                // Inert until a script uses it (`HTMLTree` leaves it empty already).
                continue
            default:
                break
            }
            stack.append((element.children, 0, inForeign || element.name == "svg" || element.name == "math"))
        }
        return page
    }

    /// The text directly in an element: a `<title>`'s or a `<script>`'s
    /// only child, or several pieces.
    private static func text(of element: HTMLTree.Element) -> String {
        element.children.reduce(into: "") { text, child in
            if case .text(let piece) = child { text += piece }
        }
    }

    /// Text that the parser decoded, as markup again: `HTMLText` decodes
    /// references itself, and must not decode the page's `&amp;lt;` twice.
    private static func markup(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    }

    /// A script's text as the page has it. `HTMLNestingGuard` writes every
    /// `<` of a script as `&lt;` before Gumbo reads it (so that `<!--` in a
    /// script cannot move its end), and Gumbo keeps a script's text as it
    /// is, so that is undone here. A script that itself says `&lt;` comes
    /// out with `<`: in JSON that can only be in a string, which `HTMLText`
    /// reads as HTML, where `&lt;` means `<` anyway.
    private static func scriptText(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<")
    }

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

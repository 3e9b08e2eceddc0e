import Foundation
import SiteGenCore
import Yams

/// Splits a Markdown file into its front matter and its body, and reads the
/// front matter into typed values with every error at its position.
struct FrontMatterParser {
    struct Result {
        var frontMatter: FrontMatter
        var body: String
        /// Lines of the file before the body's first line.
        var bodyLineOffset: Int
    }

    func parse(_ text: String, source: ContentSource) throws(DiagnosticsError) -> Result {
        let text = Self.normalised(text)
        guard text.hasPrefix("---\n") || text == "---" else {
            return Result(frontMatter: FrontMatter(), body: text, bodyLineOffset: 0)
        }
        // Find the closing `---` (or `...`) line, scanning bytes: splitting the
        // whole file into lines of Characters costs more than the YAML itself.
        let bytes = text.utf8
        let yamlStart = bytes.index(bytes.startIndex, offsetBy: min(4, bytes.count))
        var lineStart = yamlStart
        var lineNumber = 2
        var closing: (line: Int, start: String.Index, end: String.Index)?
        while lineStart < bytes.endIndex {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            let line = bytes[lineStart..<lineEnd]
            if line.elementsEqual("---".utf8) || line.elementsEqual("...".utf8) {
                closing = (lineNumber, lineStart, lineEnd)
                break
            }
            lineStart = lineEnd < bytes.endIndex ? bytes.index(after: lineEnd) : lineEnd
            lineNumber += 1
        }
        guard let closing else {
            throw DiagnosticsError(.error(at: source.location(), "the front matter opened by `---` on line 1 is never closed by a `---` line"))
        }
        // Without the last line end, an unfinished value is reported at its own line.
        let yamlEnd = closing.start > yamlStart ? bytes.index(before: closing.start) : yamlStart
        let yaml = YAMLSource(file: source.displayPath, text: String(text[yamlStart..<yamlEnd]), lineOffset: 1)
        let bodyStart = closing.end < bytes.endIndex ? bytes.index(after: closing.end) : closing.end
        let body = String(text[bodyStart...])
        let frontMatter = try read(yaml)
        return Result(frontMatter: frontMatter, body: body, bodyLineOffset: closing.line)
    }

    /// Line ends become `\n` and a byte order mark is dropped, so that line
    /// numbers match what editors show.
    static func normalised(_ text: String) -> String {
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if text.utf8.contains(UInt8(ascii: "\r")) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return text
    }

    private func read(_ yaml: YAMLSource) throws(DiagnosticsError) -> FrontMatter {
        let reader = YAMLMappingReader(try yaml.parse(), source: yaml)
        var frontMatter = FrontMatter()
        frontMatter.title = reader.string("title")
        frontMatter.description = reader.string("description")
        frontMatter.date = reader.date("date")
        frontMatter.updated = reader.date("updated")
        frontMatter.draft = reader.bool("draft") ?? false
        frontMatter.slug = reader.string("slug")
        frontMatter.language = reader.string("lang")
        frontMatter.translationKey = reader.string("translation_key")
        if let language = frontMatter.language, !LanguageTag.isValid(language) {
            reader.error("lang", "\(TextField.quoted(language)) is not a language code such as nl, fr, en or en-GB")
            frontMatter.language = nil
        }
        frontMatter.template = reader.string("template")
        frontMatter.aliases = reader.stringList("aliases") ?? []
        frontMatter.image = reader.string("image")
        frontMatter.imageAlt = reader.string("image_alt")
        frontMatter.weight = reader.int("weight")
        frontMatter.menus = reader.stringList("menu") ?? []
        frontMatter.syndication = readSyndication(reader)
        frontMatter.importedFrom = readImportOrigin(reader)
        frontMatter.tags = readTags(reader)
        for key in reader.keys {
            frontMatter.keyLocations[key] = reader.location(of: key)
            if !FrontMatter.knownKeys.contains(key), let value = reader.node(key)?.plainValue, let wrapped = SendableValue(value) {
                frontMatter.params[key] = wrapped
            }
        }
        if let slug = frontMatter.slug, slug.isEmpty || slug.contains("/") || slug.hasPrefix(".") {
            reader.error("slug", "\"\(slug)\" must be one URL segment, without `/`, such as \"new-oven\"")
        }
        if let image = frontMatter.image, let problem = ImageAddress.problem(image) {
            reader.error("image", "\(TextField.quoted(image)) \(problem)")
            frontMatter.image = nil
        }
        // An imported photo often has no description on the platform either:
        // the build names such posts in one warning instead of refusing them.
        if frontMatter.image != nil, frontMatter.importedFrom == nil, (frontMatter.imageAlt ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            reader.error("image", "an image needs `image_alt:`, a short description for people who cannot see it")
        }
        for (index, alias) in frontMatter.aliases.enumerated() where !Self.isSafeAlias(alias) {
            let location = reader.location(of: "aliases")
            reader.error(at: location, "aliases[\(index)]: \"\(alias)\" must be a path on this site starting with `/`, such as /old-page.html")
        }
        for menu in frontMatter.menus where menu != "main" && menu != "footer" {
            reader.error("menu", "\"\(menu)\" is not a menu; use main (the header) or footer")
        }
        if reader.diagnostics.contains(where: { $0.severity == .error }) { throw DiagnosticsError(reader.diagnostics) }
        return frontMatter
    }

    static func isSafeAlias(_ alias: String) -> Bool {
        guard alias.hasPrefix("/"), !alias.hasPrefix("//"), !alias.contains("\\"), !alias.contains("?"), !alias.contains("#") else { return false }
        return !alias.split(separator: "/").contains { $0 == ".." || $0 == "." }
    }
}

import Foundation
import SiteGenCore
import SiteGenManifest

/// Entry points for the fuzz targets in `Fuzz/` (libFuzzer), outside the
/// public API: `@_spi(Fuzzing) import SiteGen`. Each takes arbitrary bytes,
/// must never crash or hang, and checks the invariants the rest of sitegen
/// relies on; a broken invariant stops the process, which libFuzzer reports
/// with the input that caused it.
@_spi(Fuzzing)
public enum FuzzingEntryPoints {
    /// A Markdown file with front matter: split and read, or refused with diagnostics.
    public static func frontMatter(_ bytes: UnsafeRawBufferPointer) {
        let text = String(decoding: bytes, as: UTF8.self)
        let source = ContentSource(relativePath: "fuzz.md", url: URL(fileURLWithPath: "/fuzz.md"), displayPath: "fuzz.md")
        _ = try? FrontMatterParser().parse(text, source: source)
    }

    /// A links.yml: loaded, or refused with diagnostics at positions inside the file.
    public static func linksManifest(_ bytes: UnsafeRawBufferPointer) {
        let text = String(decoding: bytes, as: UTF8.self)
        do {
            _ = try LinksManifestLoader().load(YAMLSource(file: "links.yml", text: text))
        } catch {
            // Lines as YAML and editors count them: CRLF, CR or LF ends one.
            let bytes = Array(text.utf8)
            let lineCount =
                bytes.indices.count {
                    bytes[$0] == UInt8(ascii: "\n") && ($0 == 0 || bytes[$0 - 1] != UInt8(ascii: "\r")) || bytes[$0] == UInt8(ascii: "\r")
                } + 1
            for diagnostic in error.diagnostics {
                let line = diagnostic.location.line
                check(line >= 0 && line <= lineCount + 1, "diagnostic at line \(line) of a \(lineCount)-line file: \(diagnostic.message)")
            }
        }
    }

    /// The links.yml editor: for a file that loads and is editable, adding a
    /// press mention and a profile, and removing the first entry of each list,
    /// must read back as exactly that change (what `press add` verifies before
    /// it writes), and every line outside the entry must stay byte for byte.
    public static func linksEditor(_ bytes: UnsafeRawBufferPointer) {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let manifest = try? LinksManifestLoader().load(YAMLSource(file: "links.yml", text: text)),
            let structure = try? LinksFileStructure(text: text)
        else { return }
        let press = ManifestEntry.press(
            PressEntry(
                url: "https://news.example/fuzz-article", title: "A \"quoted\" title: with # and ' marks", outlet: "Le Fuzz",
                date: ContentDate(year: 2024, month: 3, day: 12), quote: nil, language: "fr", archive: nil))
        let profile = ManifestEntry.profile(url: "https://mastodon.example/@fuzz", label: "Mastodon")
        let listed = Set((manifest.profiles.map(\.url) + manifest.press.map(\.url)).map(WebAddress.normalised))
        for entry in [press, profile] where !listed.contains(WebAddress.normalised(entry.url)) {
            let edit = LinksFileEditor(structure: structure).adding(entry)
            let reread = try? LinksManifestLoader().load(YAMLSource(file: "links.yml", text: edit.text))
            check(
                reread.map { LinksManifestEditor.sameEntries($0, LinksManifestEditor.adding(entry, to: manifest)) } == true,
                "adding \(entry.url) does not read back as the old entries plus the new one")
        }
        for section in ["press", "profiles"] {
            guard let item = structure.sections[section]?.items.first, item.url != nil else { continue }
            let edit = LinksFileEditor(structure: structure).removing(item, in: section)
            check(
                (try? LinksManifestLoader().load(YAMLSource(file: "links.yml", text: edit.text))) != nil,
                "removing the first entry of \(section) leaves a file that does not load")
        }
    }

    /// Markdown through the renderer, the link rewriter and the raw HTML
    /// sanitizer: no crash, and the whole page, read again by an HTML5 parser
    /// as a browser would read it, has no attribute that runs script and no
    /// tag that GitHub's tag filter stops.
    public static func markdownLinks(_ bytes: UnsafeRawBufferPointer) {
        let text = String(decoding: bytes, as: UTF8.self)
        let rewriter = LinkRewriter(
            pathsBySource: ["index.md": "/", "about.md": "/about/", "news/oven.md": "/news/oven/"],
            draftSources: ["draft.md"], baseURL: BaseURL("https://example.org/shop/")!)
        let output = MarkdownRenderer().render(
            text, resolveLink: { rewriter.resolve($0, from: "news") },
            location: { SourceLocation(file: "fuzz.md", line: $0, column: $1) })
        let page = HTMLTokens(parsing: Array(("<!DOCTYPE html><html><body>" + output.html + "</body></html>").utf8))
        let filtered: Set<String> = ["title", "textarea", "style", "xmp", "iframe", "noembed", "noframes", "script", "plaintext"]
        for tag in page.tags {
            check(!filtered.contains(tag.name), "a <\(tag.name)> tag reached the page")
            for attribute in tag.attributes {
                check(
                    RawHTMLSanitizer.danger(of: attribute) == nil,
                    "<\(tag.name) \(attribute.name)=\"\(attribute.value)\"> reached the page")
            }
        }
    }

    private static func check(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fatalError("fuzzing invariant broken: \(message())") }
    }
}

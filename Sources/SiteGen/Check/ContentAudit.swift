import Foundation
import SiteGenCore

/// What `sitegen check` asks an owner to fix beyond what stops a build, each
/// a warning at its place: images without a real description, pages
/// without a description or sharing a title or description with another,
/// headings that skip a level, a home page too heavy for the first round
/// trip, and press articles without an archived copy.
struct ContentAudit {
    var snapshot: BuildSnapshot
    /// The folder the check built into, to weigh the home page.
    var output: URL
    var fileSystem: FileSystem

    /// The home page's HTML and stylesheets, gzipped, should fit in the
    /// 14 KB a server sends before waiting for the browser (TCP's initial
    /// window of ten packets); the site check of the example site uses the same limit.
    static let homePageBudget = 14 * 1024
    /// Web fonts come after the first round trip and are counted apart:
    /// two fonts of sitegen's catalogue, three files, stay under this.
    static let homePageFontBudget = 60 * 1024

    func warnings() -> [Diagnostic] {
        var found: [Diagnostic] = []
        let plan = snapshot.plan
        for id in plan.pages.indices.map(PageID.init) {
            let page = plan[id]
            guard page.source != nil else { continue }
            var positions = MarkdownPositions(page)
            let inventory = snapshot.rendered.inventories[id] ?? MarkdownInventory()
            // An imported post's images without a description are named in the build's one warning.
            let imported = page.frontMatter.importedFrom != nil
            for image in inventory.images where !(imported && image.alt.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty) {
                if let problem = Self.descriptionProblem(image.alt, of: image.destination) {
                    found.append(.warning(at: positions.location(image.position), "the image \"\(image.destination)\" \(problem)"))
                }
            }
            // The build requires `image_alt:` with `image:`; here, that it says something.
            if let image = page.frontMatter.image, let alt = page.frontMatter.imageAlt, let problem = Self.descriptionProblem(alt, of: image) {
                let at = page.frontMatter.keyLocations["image_alt"] ?? page.frontMatter.keyLocations["image"] ?? page.location
                found.append(.warning(at: at, "image_alt: the image \"\(image)\" \(problem)"))
            }
            found += headingSkips(inventory.headings, &positions)
        }
        found += missingDescriptions()
        found += duplicates(of: "title") { $0.title }
        found += duplicates(of: "description") { $0.frontMatter.description }
        found += homePageWeightWarnings()
        found += pressWithoutArchive()
        return found
    }

    /// Why `alt` does not describe the image at `destination`, or nil when it may.
    static func descriptionProblem(_ alt: String, of destination: String) -> String? {
        let text = alt.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty {
            return
                "has no description: write what it shows between the brackets, ![like this](\(destination)), for visitors who cannot see it and for search engines"
        }
        let fileName = destination.split(separator: "/").last.map { String($0) } ?? destination
        let stem = fileName.split(separator: ".").first.map { String($0) } ?? fileName
        let lower = text.lowercased()
        let imageExtensions = [".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".heic", ".heif", ".avif"]
        // Cameras and phones name photos IMG_1234, DSC01234, PXL_20240501_...
        let cameraName = lower.range(of: #"^(img|dsc|dscn|dcim|pxl|photo|image|screenshot|capture)[-_ ]?\d"#, options: .regularExpression) != nil
        if lower == fileName.lowercased() || lower == stem.lowercased() || imageExtensions.contains(where: lower.hasSuffix) || cameraName {
            return "is described as \"\(text)\", a file name: describe what it shows instead"
        }
        return nil
    }

    /// The theme shows each page's title as its one level-1 heading: the
    /// page's own headings go on from there without skipping a level, as
    /// screen readers list them as an outline.
    private func headingSkips(_ headings: [MarkdownInventory.Heading], _ positions: inout MarkdownPositions) -> [Diagnostic] {
        var found: [Diagnostic] = []
        var previous = 1
        for heading in headings {
            if heading.level > previous + 1 {
                let marks = String(repeating: "#", count: previous + 1)
                found.append(
                    .warning(
                        at: positions.location(heading.position),
                        "the heading \"\(heading.text)\" skips from level \(previous) to level \(heading.level): make it a level \(previous + 1) heading (\(marks)), as screen readers read headings as an outline"
                    ))
            }
            previous = heading.level
        }
        return found
    }

    /// Search engines show a page's description under its title; without
    /// one they pick a sentence themselves. The home page may use site.yml's.
    private func missingDescriptions() -> [Diagnostic] {
        snapshot.plan.pages.compactMap { page in
            guard page.source != nil, page.frontMatter.description == nil else { return nil }
            // An imported post is a short message whose first paragraph serves
            // as its description; one warning per post of an import would bury the rest.
            if page.frontMatter.importedFrom != nil { return nil }
            if page.kind == .home, snapshot.inputs.config.description != nil { return nil }
            return .warning(
                at: page.frontMatter.keyLocations["title"] ?? page.location,
                "this page has no description: add description: to its front matter, a sentence or two that search engines show under its title")
        }
    }

    /// Two pages with the same title or description look alike in search
    /// results and in a browser's tabs.
    private func duplicates(of key: String, _ value: (Page) -> String?) -> [Diagnostic] {
        var pagesByValue: [String: [Page]] = [:]
        for page in snapshot.plan.pages where page.source != nil {
            guard let text = value(page)?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { continue }
            pagesByValue[text.lowercased(), default: []].append(page)
        }
        var found: [Diagnostic] = []
        for pages in pagesByValue.values where pages.count > 1 {
            let first = pages[0]
            for page in pages.dropFirst() {
                found.append(
                    .warning(
                        at: page.frontMatter.keyLocations[key] ?? page.location,
                        "this page has the same \(key) as \(first.sitePath): give each page its own, so that visitors and search engines tell them apart",
                        notes: [.init(at: first.frontMatter.keyLocations[key] ?? first.location, "the other page with this \(key)")]))
            }
        }
        return found
    }

    /// The home page's HTML and its stylesheets, as a browser downloads
    /// them, gzipped; and apart, the web fonts the stylesheets load
    /// (already compressed). Nil when the home page was not built.
    func weighHomePage() -> (compressed: Int, fonts: Int)? {
        let plan = snapshot.plan
        guard let home = plan.pages.first(where: { $0.kind == .home }),
            let html = try? fileSystem.read(output.appendingPathComponent(home.outputPath))
        else { return nil }
        let basePath = snapshot.inputs.config.baseURL.path
        var total = GzippedSize.of(html) ?? html.count
        var fonts: Set<String> = []
        for stylesheet in Self.stylesheets(in: String(decoding: html, as: UTF8.self), basePath: basePath) {
            guard let css = try? fileSystem.read(output.appendingPathComponent(stylesheet)) else { continue }
            total += GzippedSize.of(css) ?? css.count
            fonts.formUnion(StylesheetFonts.files(in: String(decoding: css, as: UTF8.self), stylesheet: stylesheet, basePath: basePath))
        }
        let fontBytes = fonts.reduce(0) { sum, font in
            sum + ((try? fileSystem.read(output.appendingPathComponent(font)))?.count ?? 0)
        }
        return (total, fontBytes)
    }

    private func homePageWeightWarnings() -> [Diagnostic] {
        guard let home = snapshot.plan.pages.first(where: { $0.kind == .home }), let weight = weighHomePage() else { return [] }
        var found: [Diagnostic] = []
        if weight.compressed > Self.homePageBudget {
            found.append(
                .warning(
                    at: home.location,
                    "the home page and its stylesheets weigh \(Self.kilobytes(weight.compressed)) KB compressed, over the 14 KB that reach a phone in the first round trip: shorten it, or move long text to other pages"
                ))
        }
        if weight.fonts > Self.homePageFontBudget {
            let place = snapshot.inputs.config.theme.locations["body_font"] ?? snapshot.inputs.config.theme.locations["heading_font"] ?? home.location
            found.append(
                .warning(
                    at: place,
                    "the home page's web fonts weigh \(Self.kilobytes(weight.fonts)) KB, over the 60 KB a phone should wait for: use one font for headings and text, or `system` for one of them"
                ))
        }
        return found
    }

    /// `9.8`: kilobytes to one decimal, for messages.
    static func kilobytes(_ bytes: Int) -> Double {
        (Double(bytes) / 1024 * 10).rounded() / 10
    }

    /// The output paths of the stylesheets a page links, from sitegen's own
    /// HTML (quoted attributes, `rel` before `href` as the theme writes them).
    static func stylesheets(in html: String, basePath: String) -> [String] {
        var paths: [String] = []
        var rest = html[...]
        while let link = rest.range(of: "<link rel=\"stylesheet\"") {
            rest = rest[link.upperBound...]
            guard let end = rest.firstIndex(of: ">") else { break }
            let tag = rest[..<end]
            if let href = tag.range(of: "href=\""), let close = tag[href.upperBound...].firstIndex(of: "\"") {
                let address = String(tag[href.upperBound..<close])
                if address.hasPrefix(basePath) { paths.append(String(address.dropFirst(basePath.count))) }
            }
            rest = rest[end...]
        }
        return paths
    }

    /// An article that disappears is still readable from its archived copy:
    /// the press page links it.
    private func pressWithoutArchive() -> [Diagnostic] {
        snapshot.inputs.presence.press.compactMap { mention in
            guard mention.archive == nil else { return nil }
            return .warning(
                at: mention.location,
                "the article \"\(mention.title)\" (\(mention.outlet)) has no archive: copy; run sitegen archive to find or make one, so that it can still be read if \(mention.outlet) removes it"
            )
        }
    }
}

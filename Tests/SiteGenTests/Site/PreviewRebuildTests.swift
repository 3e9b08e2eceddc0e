import Foundation
import Testing

@testable import SiteGen
@testable import SiteGenCore

/// The preview's partial rebuilds, through `PreviewBuilder` as `sitegen
/// serve` uses it: for each kind of change, the exact files rewritten, and
/// for random sequences of edits, a tree equal to a full build of the same files.
@Suite("Site: the preview's partial rebuilds")
struct PreviewRebuildTests {
    static let baseURL = "http://127.0.0.1:8000/"

    /// A copy of the example site and a preview of it, fully built once.
    final class Preview {
        let root: URL
        let site: URL
        let builder: PreviewBuilder
        private var builds = 0

        init() throws {
            site = try TestSupport.copyOfSite(TestSupport.exampleSite)
            root = site.deletingLastPathComponent()
            builder = PreviewBuilder(siteDirectory: site, baseURL: PreviewRebuildTests.baseURL, includeDrafts: false)
            try buildAll()
        }

        deinit { TestSupport.cleanUp(root) }

        func buildAll() throws {
            builds += 1
            _ = try builder.buildAll(into: root.appendingPathComponent("preview-\(builds)"))
        }

        func edit(_ path: String, _ change: (String) -> String) throws {
            let file = site.appendingPathComponent(path)
            let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(change(text).utf8).write(to: file)
        }

        /// The files a partial rebuild wrote, or nil when it asked for a full build.
        func update(_ paths: [String]) throws -> Set<String>? {
            try builder.update(changed: paths).map { Set($0.written) }
        }

        /// The preview's folder equals a full build of the site as it is now.
        func expectSameAsAFullBuild(_ comment: Comment? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
            let full = root.appendingPathComponent("full-\(UUID().uuidString)")
            defer { TestSupport.cleanUp(full) }
            try TestSupport.build(site, into: full, baseURL: PreviewRebuildTests.baseURL)
            let preview = try TestSupport.tree(try #require(builder.output))
            let expected = try TestSupport.tree(full)
            #expect(preview.keys.sorted() == expected.keys.sorted(), comment, sourceLocation: sourceLocation)
            let differing = expected.keys.filter { preview[$0] != expected[$0] }.sorted()
            #expect(differing.isEmpty, "\(comment?.rawValue ?? ""): differ from a full build: \(differing)", sourceLocation: sourceLocation)
        }
    }

    @Test func theTextOfANewsPostRewritesItTheListsThatShowItAndTheFeed() throws {
        let preview = try Preview()
        let written = try preview.update(
            try {
                try preview.edit("content/actualites/2026-11-03-horaires-des-fetes.md") { $0 + "\nUne ligne de plus.\n" }
                return ["content/actualites/2026-11-03-horaires-des-fetes.md"]
            }())
        // Its section's list and the home page's latest news; not the other sections' lists.
        #expect(written == ["actualites/horaires-des-fetes/index.html", "actualites/index.html", "index.html", "feed.xml"])
        try preview.expectSameAsAFullBuild()
    }

    @Test func theTextOfAPageNoListShowsRewritesItAlone() throws {
        let preview = try Preview()
        try preview.edit("content/a-propos.md") { $0 + "\nEncore une phrase.\n" }
        #expect(try preview.update(["content/a-propos.md"]) == ["a-propos/index.html"])
        try preview.expectSameAsAFullBuild()
    }

    @Test func theTextOfATranslationRewritesItAlone() throws {
        let preview = try Preview()
        try preview.edit("content/about.en.md") { $0 + "\nOne more sentence.\n" }
        #expect(try preview.update(["content/about.en.md"]) == ["en/about/index.html"])
        try preview.expectSameAsAFullBuild()
    }

    /// A heading renamed in one page breaks a link to it from another page,
    /// which the partial rebuild did not render: it is still reported.
    @Test func aRenamedHeadingBreaksLinksFromOtherPages() throws {
        let preview = try Preview()
        try preview.edit("content/contact.md") { $0 + "\n[Notre levain](/a-propos/#le-levain-notre-fierte)\n" }
        #expect(try preview.update(["content/contact.md"]) != nil)
        try preview.edit("content/a-propos.md") { $0.replacingOccurrences(of: "## Le levain, notre fierté", with: "## Notre levain") }
        let error = #expect(throws: DiagnosticsError.self) { try preview.update(["content/a-propos.md"]) }
        #expect(
            error?.diagnostics.map(\.message) == [
                "the link \"/a-propos/#le-levain-notre-fierte\" points to a part of /a-propos/ that does not exist: no heading or element of that page has the id \"le-levain-notre-fierte\""
            ])
    }

    @Test func aStaticFileIsCopiedAlone() throws {
        let preview = try Preview()
        try preview.edit("static/favicon.svg") { $0 + "<!-- changed -->\n" }
        #expect(try preview.update(["static/favicon.svg"]) == ["favicon.svg"])
        try preview.expectSameAsAFullBuild()
    }

    @Test func the404TemplateRewritesThe404Alone() throws {
        let preview = try Preview()
        let builtIn = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("Templates/404.mustache"), encoding: .utf8)
        try preview.edit("templates/404.mustache") { _ in builtIn.replacingOccurrences(of: "{{$main}}", with: "{{$main}}<p>Perdu ?</p>") }
        #expect(try preview.update(["templates/404.mustache"]) == ["404.html", "en/404.html"])
        #expect(try TestSupport.text(try #require(preview.builder.output), "404.html").contains("<p>Perdu ?</p>"))
        try preview.expectSameAsAFullBuild()
    }

    @Test func frontMatterSiteYmlAndNewPagesAskForAFullBuild() throws {
        let preview = try Preview()
        try preview.edit("content/a-propos.md") { $0.replacingOccurrences(of: "title: ", with: "title: Tout ") }
        #expect(try preview.update(["content/a-propos.md"]) == nil)
        #expect(try preview.update(["site.yml"]) == nil)
        try preview.edit("content/nouvelle.md") { _ in "---\ntitle: Nouvelle\n---\nTexte.\n" }
        #expect(try preview.update(["content/nouvelle.md"]) == nil)
    }

    /// A photo changed while the preview runs: the full build it asks for
    /// makes that photo's files again, and takes the seventeen others from the
    /// cache. A page that starts showing a photo gets its variants at once.
    @Test func aChangedPhotoIsTheOnlyOneProcessedAgain() throws {
        let preview = try Preview()
        let photo = preview.site.appendingPathComponent("static/images/miche.jpg")
        try TestImages.photo(photo, width: 1024, height: 768)
        #expect(try preview.update(["static/images/miche.jpg"]) == nil)
        let report = try preview.builder.buildAll(into: preview.root.appendingPathComponent("preview-photo"))
        #expect(report.images.processed == 1 && report.images.images == 18)
        try preview.expectSameAsAFullBuild()

        try preview.edit("content/contact.md") { $0 + "\n![La galette](/images/galette.jpg)\n" }
        let written = try #require(try preview.update(["content/contact.md"]))
        #expect(written.contains("contact/index.html"))
        #expect(written.contains { $0.hasPrefix("images/galette-960w.") } == false, "the galette's variants were already served")
        try preview.expectSameAsAFullBuild()
    }

    /// Random edits of text, templates, static files and front matter, each
    /// followed by the rebuild the preview would do (a full one when asked),
    /// must leave the preview's folder equal to a full build every time.
    @Test(arguments: [1, 2, 3] as [UInt64])
    func randomEditsLeaveTheSameTreeAsAFullBuild(seed: UInt64) throws {
        let preview = try Preview()
        var random = SplitMix64(seed: seed)
        let pages = [
            "content/a-propos.md", "content/index.md", "content/nos-pains/index.md", "content/nos-pains/kouign-amann.md",
            "content/actualites/2026-11-03-horaires-des-fetes.md", "content/actualites/2025-09-23-nouveau-four-a-bois.md",
        ]
        let templates = ["footer", "page", "section", "404", "redirect", "header"]
        for step in 1...8 {
            var changed: [String] = []
            for _ in 0...(random.next() % 2) {
                switch random.next() % 4 {
                case 0, 1:
                    let page = pages[Int(random.next() % UInt64(pages.count))]
                    try preview.edit(page) { $0 + "\nModification \(step), avec un [lien](/a-propos/).\n" }
                    changed.append(page)
                case 2:
                    let name = templates[Int(random.next() % UInt64(templates.count))]
                    let path = "templates/\(name).mustache"
                    let builtIn = try String(
                        contentsOf: TestSupport.packageRoot.appendingPathComponent("Templates/\(name).mustache"), encoding: .utf8)
                    try preview.edit(path) { current in (current.isEmpty ? builtIn : current) + "<!-- step \(step) -->\n" }
                    changed.append(path)
                default:
                    if random.next() % 3 == 0 {
                        try preview.edit("content/a-propos.md") { $0.replacingOccurrences(of: "title: ", with: "title: \(step) ") }
                        changed.append("content/a-propos.md")
                    } else {
                        try preview.edit("static/favicon.svg") { $0 + "<!-- step \(step) -->\n" }
                        changed.append("static/favicon.svg")
                    }
                }
            }
            if try preview.update(changed) == nil { try preview.buildAll() }
            try preview.expectSameAsAFullBuild("seed \(seed), step \(step): \(changed)")
        }
    }
}

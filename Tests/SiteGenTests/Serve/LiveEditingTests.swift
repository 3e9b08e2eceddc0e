import Foundation
import Testing

@testable import SiteGen
@testable import SiteGenManifest
@testable import SiteGenServer

/// Edits on disk while the preview runs: the served site follows, open
/// pages are told to reload, each change gets the rebuild the README says,
/// and a broken edit shows its errors until fixed.
@Suite("Serve: editing while the preview runs")
final class LiveEditingTests {
    let preview: WatchedPreview
    var port: Int { preview.port }

    init() throws {
        preview = try WatchedPreview()
    }

    func eventually(_ condition: () throws -> Bool) rethrows -> Bool { try WatchedPreview.eventually(condition) }

    @Test func aPageEditIsServedAndPagesAreToldToReload() throws {
        #expect(preview.reloads == 0)
        try preview.append("\nUn paragraphe ajouté pendant l’aperçu.\n", to: "content/a-propos.md")
        #expect(try eventually { try preview.get("/a-propos/").text.contains("Un paragraphe ajouté pendant l’aperçu.") })
        #expect(eventually { preview.reloads == 1 })
        // The page was re-rendered, nothing else: no list page shows it.
        let rebuild = try #require(preview.rebuild(taking: "content/a-propos.md"))
        #expect(rebuild.changed == ["content/a-propos.md"])
        #expect(!rebuild.full)
        #expect(rebuild.report?.written == ["a-propos/index.html"])
    }

    @Test func eachKindOfChangeGetsItsOwnRebuild() throws {
        // Each edit waits for the rebuild of the one before, so that no two share one.
        let postPath = "content/actualites/2026-04-08-atelier-gouter-enfants.md"
        try preview.append("\nNouvelle ligne.\n", to: postPath)
        let post = try #require(preview.rebuild(taking: postPath))
        #expect(post.changed == [postPath])
        #expect(post.report?.written.contains("feed.xml") == true, "a news post's text is in the feed")
        // Its section's list and the home page, which shows the latest news; not the other lists.
        #expect(post.report?.written == ["actualites/atelier-gouter-enfants/index.html", "actualites/index.html", "feed.xml", "index.html"])

        try preview.append("x\n", to: "static/favicon.svg")
        let favicon = try #require(preview.rebuild(taking: "static/favicon.svg"))
        #expect(favicon.report?.written == ["favicon.svg"])

        try preview.append("<!-- changed -->\n", to: "content/index.md")
        let home = try #require(preview.rebuild(taking: "content/index.md"))
        #expect(home.report != nil)
        #expect(home.full == false)

        try preview.write(
            try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("Templates/header.mustache"), encoding: .utf8) + "<!-- h -->\n",
            to: "templates/header.mustache")
        let template = try #require(preview.rebuild(taking: "templates/header.mustache"))
        #expect(template.full == false)
        #expect(template.report?.written.contains("404.html") == true)
        #expect(template.report?.written.contains("qui-sommes-nous.html") == false, "redirect pages do not use the header")

        try preview.append("\n# a comment\n", to: "site.yml")
        let settings = try #require(preview.rebuild(taking: "site.yml"))
        #expect(settings.report != nil)
        #expect(settings.full == true, "site.yml shows on every page")
        #expect(preview.rebuilds.all.count == 5, "\(preview.rebuilds.all.map(\.changed))")
    }

    /// "A page added or removed ... make a full build" (README, `sitegen serve`).
    @Test func aPageAddedIsAFullBuildAndIsServed() throws {
        #expect(try preview.get("/nos-pains/baguette/").status == 404)
        try preview.write(
            """
            ---
            title: La baguette de tradition
            description: Notre baguette de tradition, pétrie à la main et cuite trois fois par jour.
            ---

            Une baguette croustillante, à la mie alvéolée.

            """, to: "content/nos-pains/baguette.md")
        let rebuild = try #require(preview.rebuild(taking: "content/nos-pains/baguette.md"))
        #expect(rebuild.errors.isEmpty, "\(rebuild.errors)")
        #expect(rebuild.full == true)
        let page = try preview.get("/nos-pains/baguette/")
        #expect(page.status == 200)
        #expect(page.text.contains("Une baguette croustillante, à la mie alvéolée."))
        #expect(try preview.get("/nos-pains/").text.contains(#"href="/nos-pains/baguette/""#), "the list of breads shows the new page")
    }

    @Test func aPageRemovedIsAFullBuildAndIsGone() throws {
        let path = "content/actualites/2026-07-15-conges-d-ete.md"
        #expect(try preview.get("/actualites/conges-d-ete/").status == 200)
        #expect(try preview.get("/actualites/").text.contains(#"href="/actualites/conges-d-ete/""#))
        try preview.remove(path)
        let rebuild = try #require(preview.rebuild(taking: path))
        #expect(rebuild.errors.isEmpty, "\(rebuild.errors)")
        #expect(rebuild.full == true)
        let gone = try preview.get("/actualites/conges-d-ete/")
        #expect(gone.status == 404)
        #expect(gone.text.contains("Page introuvable"))
        #expect(try !preview.get("/actualites/").text.contains(#"href="/actualites/conges-d-ete/""#), "the news list no longer shows it")
    }

    /// "New front matter (which menus, lists and every footer may show) make a
    /// full build": a page that joins the menu shows in every page's menu.
    @Test func newFrontMatterIsAFullBuildAndShowsOnEveryPage() throws {
        let path = "content/nos-pains/kouign-amann.md"
        let menuLink = #"href="/nos-pains/kouign-amann/""#
        #expect(try !preview.get("/mentions-legales/").text.contains(menuLink), "the legal page does not link the kouign-amann yet")
        let text = try String(contentsOf: preview.site.appendingPathComponent(path), encoding: .utf8)
        try preview.write(text.replacingOccurrences(of: "weight: 2\n", with: "weight: 2\nmenu: main\n"), to: path)
        let rebuild = try #require(preview.rebuild(taking: path))
        #expect(rebuild.errors.isEmpty, "\(rebuild.errors)")
        #expect(rebuild.full == true)
        #expect(try preview.get("/mentions-legales/").text.contains(menuLink), "every page's menu shows the page that joined it")
    }

    @Test func templateLinksAndStaticEditsAreServed() throws {
        try preview.write("<footer><p>Pied de page de test pour {{site.name}}</p></footer>\n", to: "templates/footer.mustache")
        #expect(try eventually { try preview.get("/contact/").text.contains("Pied de page de test pour Boulangerie Martin") })

        _ = try LinksManifestEditor(siteDirectory: preview.site).add(.profile(url: "https://piaille.fr/@boulangerie_test", label: nil))
        #expect(try eventually { try preview.get("/links/").text.contains("https://piaille.fr/@boulangerie_test") })

        try preview.write("Bonjour\n", to: "static/hello.txt")
        #expect(eventually { (try? preview.get("/hello.txt").text) == "Bonjour\n" })
    }

    /// A new templates/custom.css is linked from every page, and each edit of it is served.
    @Test func customCSSIsPickedUpAndItsEditsServed() throws {
        try preview.write(":root { --link: #0b5d1e; }\n", to: "templates/custom.css")
        #expect(try eventually { try preview.get("/").text.contains(#"<link rel="stylesheet" href="/custom.css">"#) })
        #expect(try preview.get("/custom.css").text == ":root { --link: #0b5d1e; }\n")
        try preview.write(":root { --link: #7a1f00; }\n", to: "templates/custom.css")
        #expect(eventually { (try? preview.get("/custom.css").text) == ":root { --link: #7a1f00; }\n" })
    }

    @Test func aBrokenEditShowsItsErrorsThenRecovers() throws {
        let page = preview.site.appendingPathComponent("content/a-propos.md")
        let original = try String(contentsOf: page, encoding: .utf8)
        try original.replacingOccurrences(of: "title: ", with: "title: [unclosed ").write(to: page, atomically: true, encoding: .utf8)
        #expect(
            try eventually {
                let answer = try preview.get("/")
                return answer.status == 500 && answer.text.contains("content/a-propos.md:") && answer.text.contains("error: YAML syntax")
            })
        // Files that are not pages are still served from the last good build.
        #expect(try preview.get("/style.css").status == 200)
        try original.write(to: page, atomically: true, encoding: .utf8)
        #expect(try eventually { try preview.get("/a-propos/").status == 200 })
    }

    @Test func editorTemporaryFilesAreIgnored() throws {
        #expect(SiteWatcher.isEditorTemporaryFile(".a-propos.md.swp"))
        #expect(SiteWatcher.isEditorTemporaryFile("a-propos.md~"))
        #expect(SiteWatcher.isEditorTemporaryFile(".#a-propos.md"))
        #expect(SiteWatcher.isEditorTemporaryFile("4913"))
        #expect(!SiteWatcher.isEditorTemporaryFile("a-propos.md"))
        let watcher = SiteWatcher(siteDirectory: preview.site)
        let before = watcher.snapshot()
        try preview.write("scratch", to: "content/.a-propos.md.swp")
        #expect(SiteWatcher.changes(from: before, to: watcher.snapshot()).isEmpty)
    }

    /// The tests remove the site right after stopping the preview: the
    /// watcher saw that as a change and rebuilt into the temporary folder
    /// `stop()` had just removed, which the build made again (empty
    /// `sitegen-serve-*` folders were left in the temporary folder).
    @Test func stoppingThenRemovingTheSiteLeavesNoTemporaryFolder() throws {
        let folder = preview.session.temporaryFolder
        #expect(FileManager.default.fileExists(atPath: folder.path))
        preview.session.stop()
        try FileManager.default.removeItem(at: preview.site.appendingPathComponent("content"))
        try FileManager.default.removeItem(at: preview.site.appendingPathComponent("site.yml"))
        // Once the watcher has returned, no rebuild is under way or can start.
        #expect(preview.watcherEnded.wait(timeout: .now() + 30) == .success)
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }
}

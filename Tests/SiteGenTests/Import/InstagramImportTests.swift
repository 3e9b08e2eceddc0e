import Foundation
import Testing

/// `sitegen import instagram` as an owner runs it, on exports built in the
/// real shapes of Instagram's download: public posts only, photos without
/// their GPS position, text byte for byte, and a second import that adds nothing.
@Suite("Import: Instagram, end to end")
struct InstagramImportTests {
    static let posts = [
        ExportFixtures.InstagramPost(
            timestamp: 1_714_813_920, caption: "Fresh rye today! Summer menu is here 🍓 #bakery with @miller_flour",
            photos: ["a_17900000000000001.jpg", "b_17900000000000002.jpg"]),
        ExportFixtures.InstagramPost(
            timestamp: 1_714_900_000, caption: "Closed on Monday *for* [holidays] <b>\n\n1. not a list", photos: ["c_17900000000000003.jpg"]),
    ]

    struct Scene {
        var folder: URL
        var site: URL
        var export: URL
    }

    static func scene(privateAccount: Bool? = false, layout: ExportFixtures.InstagramLayout = .from2025, archive: String? = "zip") throws -> Scene {
        let folder = TestSupport.temporaryDirectory()
        let site = try ExportFixtures.site(in: folder)
        let unpacked = folder.appendingPathComponent("export")
        try ExportFixtures.instagram(at: unpacked, posts: posts, privateAccount: privateAccount, layout: layout)
        switch archive {
        case "zip":
            let file = folder.appendingPathComponent("instagram-test_bakery-2024.zip")
            try ExportFixtures.zip(unpacked, to: file)
            return Scene(folder: folder, site: site, export: file)
        case "tar.gz":
            let file = folder.appendingPathComponent("instagram.tar.gz")
            try ExportFixtures.tarGz(unpacked, to: file)
            return Scene(folder: folder, site: site, export: file)
        default:
            return Scene(folder: folder, site: site, export: unpacked)
        }
    }

    static func importing(_ scene: Scene, _ extra: [String] = []) throws -> CommandLineTests.Run {
        try CommandLineTests.run(["import", "instagram", scene.export.path, "--site", scene.site.path] + extra, in: scene.folder)
    }

    static func pages(_ site: URL, section: String = "posts") throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("content/\(section)").path)
            .filter { $0 != "index.md" }.sorted()
    }

    @Test func importsEachPublicPostWithItsPhotosAndCleanText() throws {
        let scene = try Self.scene()
        defer { TestSupport.cleanUp(scene.folder) }
        let run = try Self.importing(scene)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Imported 2 posts (3 photos, "), "\(run.stdout)")
        #expect(run.stdout.contains("from Instagram into content/posts/"))
        let pages = try Self.pages(scene.site)
        #expect(pages == ["2024-05-04-fresh-rye-today.md", "2024-05-05-closed-on-monday-for-holidays-b.md"])
        let first = try TestSupport.text(scene.site, "content/posts/" + pages[0])
        #expect(first.contains("title: \"Fresh rye today!\"\ndate: 2024-05-04T09:12:00Z\n"))
        #expect(first.contains("imported_from:\n  platform: instagram\n  id: \""))
        #expect(first.contains("tags:\n  - \"bakery\"\n"))
        #expect(first.contains("image: \"/posts/2024-05-04-fresh-rye-today.jpg\"\n"))
        // The emoji comes back from Meta's byte escapes; the mention links to the profile.
        #expect(
            first.contains("Fresh rye today! Summer menu is here 🍓 #bakery with [@miller\\_flour](<https://www.instagram.com/miller_flour/>)"))
        #expect(first.contains("![](/posts/2024-05-04-fresh-rye-today-2.jpg)"))
        let second = try TestSupport.text(scene.site, "content/posts/" + pages[1])
        #expect(second.contains("Closed on Monday \\*for\\* \\[holidays\\] \\<b>\n\n1\\. not a list\n"))
        #expect(!second.contains("PRIVATE"))
        // The section was created, titled in the site's language.
        #expect(try TestSupport.text(scene.site, "content/posts/index.md") == "---\ntitle: Posts\n---\n")
    }

    @Test func photosLoseTheirPositionAndCamera() throws {
        let scene = try Self.scene()
        defer { TestSupport.cleanUp(scene.folder) }
        #expect(try Self.importing(scene).status == 0)
        let folder = scene.site.appendingPathComponent("static/posts")
        let photos = try FileManager.default.contentsOfDirectory(atPath: folder.path).map { folder.appendingPathComponent($0) }
        #expect(photos.count == 3)
        let found = try TestImages.metadata(of: photos)
        for (name, groups) in found {
            #expect(!groups.contains { $0.hasPrefix("GPS:") || $0.contains("Make") || $0.contains("Model") }, "\(name): \(groups)")
        }
    }

    @Test func aSecondImportAddsNothingAndADeletedPageStaysDeleted() throws {
        let scene = try Self.scene()
        defer { TestSupport.cleanUp(scene.folder) }
        #expect(try Self.importing(scene).status == 0)
        let again = try Self.importing(scene)
        #expect(again.stdout.contains("Imported 0 posts (0 photos, 0 bytes) from Instagram into content/posts/; 2 duplicates"), "\(again.stdout)")
        #expect(try Self.pages(scene.site).count == 2)

        // The owner edits one page and deletes the other.
        let pages = try Self.pages(scene.site)
        let edited = scene.site.appendingPathComponent("content/posts/" + pages[0])
        try Data("---\ntitle: My own title\nimported_from:\n  platform: instagram\n  id: \"x\"\n---\n\nRewritten.\n".utf8).write(to: edited)
        try FileManager.default.removeItem(at: scene.site.appendingPathComponent("content/posts/" + pages[1]))
        let third = try Self.importing(scene)
        #expect(third.stdout.contains("Imported 0 posts"), "\(third.stdout)")
        #expect(third.stdout.contains("1 deleted on the site and left out"), "\(third.stdout)")
        #expect(try Self.pages(scene.site) == [pages[0]])
        #expect(try TestSupport.text(scene.site, "content/posts/" + pages[0]).contains("Rewritten."))

        let restored = try Self.importing(scene, ["--restore"])
        #expect(restored.stdout.contains("Imported 1 post (1 photo, "), "\(restored.stdout)")
        #expect(try Self.pages(scene.site) == pages)
        // The edited page is still the owner's.
        #expect(try TestSupport.text(scene.site, "content/posts/" + pages[0]).contains("Rewritten."))
    }

    @Test func aDryRunSaysWhatWouldComeAndChangesNothing() throws {
        let scene = try Self.scene()
        defer { TestSupport.cleanUp(scene.folder) }
        let before = try TestSupport.tree(scene.site)
        let run = try Self.importing(scene, ["--dry-run"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("  2024: 2 posts\n"))
        #expect(run.stdout.contains("content/posts/2024-05-04-fresh-rye-today.md  Fresh rye today!"))
        #expect(run.stdout.contains("Would import 2 posts (3 photos, "))
        #expect(try TestSupport.tree(scene.site) == before)
    }

    @Test func aPrivateAccountImportsNothing() throws {
        let scene = try Self.scene(privateAccount: true)
        defer { TestSupport.cleanUp(scene.folder) }
        let run = try Self.importing(scene)
        #expect(run.status == 0)
        #expect(
            run.stdout.contains("Imported 0 posts (0 photos, 0 bytes) from Instagram into content/posts/; 2 skipped as not public"), "\(run.stdout)")
        #expect(run.stderr.contains("the account was private"))
        #expect(!FileManager.default.fileExists(atPath: scene.site.appendingPathComponent("content/posts").path))
    }

    @Test func withoutTheProfileThePostsAreDrafts() throws {
        let scene = try Self.scene(privateAccount: nil)
        defer { TestSupport.cleanUp(scene.folder) }
        let run = try Self.importing(scene)
        #expect(run.status == 0)
        #expect(run.stderr.contains("imported as drafts"))
        for page in try Self.pages(scene.site) {
            #expect(try TestSupport.text(scene.site, "content/posts/" + page).contains("\ndraft: true\n"))
        }
    }

    @Test(arguments: ["tar.gz", "folder"])
    func readsTheOldLayoutFromATarOrAFolder(_ kind: String) throws {
        let scene = try Self.scene(layout: .before2024, archive: kind)
        defer { TestSupport.cleanUp(scene.folder) }
        let run = try Self.importing(scene, ["--section", "instagram"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Imported 2 posts (3 photos, "), "\(run.stdout)")
        #expect(try Self.pages(scene.site, section: "instagram").count == 2)
    }

    @Test func datesLimitWhatIsImported() throws {
        let scene = try Self.scene()
        defer { TestSupport.cleanUp(scene.folder) }
        let run = try Self.importing(scene, ["--since", "2024-05-05"])
        #expect(run.stdout.contains("Imported 1 post (1 photo, "), "\(run.stdout)")
        #expect(run.stdout.contains("1 skipped as outside --since/--until"))
    }

    @Test func anExportLargerThanTheLimitIsRefusedBeforeAnythingIsWritten() throws {
        let scene = try Self.scene()
        defer { TestSupport.cleanUp(scene.folder) }
        let before = try TestSupport.tree(scene.site)
        for extra in [["--dry-run"], []] {
            let run = try Self.importing(scene, ["--max-size", "1KB"] + extra)
            #expect(run.status == 1)
            #expect(
                run.stderr.contains(
                    "instagram-test_bakery-2024.zip: the archive unpacks to more than 1 KB; if it is really yours, raise the limit with --max-size. Nothing was imported."
                ), "\(run.stderr)")
            #expect(try TestSupport.tree(scene.site).filter { !$0.key.hasPrefix(".sitegen/") } == before)
        }
    }

    @Test func theProfileIsAddedToLinksAndCanBeMarkedGone() throws {
        let scene = try Self.scene()
        defer { TestSupport.cleanUp(scene.folder) }
        let run = try Self.importing(scene, ["--account-gone"])
        #expect(run.status == 0, "\(run.stderr)")
        let links = try TestSupport.text(scene.site, "links.yml")
        #expect(links.contains("https://www.instagram.com/test_bakery/"))
        #expect(links.contains("status: gone"))
    }

    @Test func aMastodonExportGivenAsInstagramIsNamed() throws {
        let folder = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(folder) }
        let site = try ExportFixtures.site(in: folder)
        let export = folder.appendingPathComponent("archive")
        try ExportFixtures.write(#"{"orderedItems":[]}"#, to: export.appendingPathComponent("outbox.json"))
        try ExportFixtures.write(#"{"id":"https://social.example/users/bakery"}"#, to: export.appendingPathComponent("actor.json"))
        let run = try CommandLineTests.run(["import", "instagram", export.path, "--site", site.path], in: folder)
        #expect(run.status == 1)
        #expect(
            run.stderr.contains(
                "no Instagram posts found in this export; looked for: content/posts_1.json, your_instagram_activity/content/posts_1.json"))
        #expect(run.stderr.contains("This looks like a Mastodon export: try `sitegen import mastodon …`"))
    }

    @Test func theImportedSiteBuilds() throws {
        let scene = try Self.scene()
        defer { TestSupport.cleanUp(scene.folder) }
        #expect(try Self.importing(scene).status == 0)
        let output = scene.folder.appendingPathComponent("public")
        let report = try TestSupport.build(scene.site, into: output)
        #expect(report.pageCount >= 4)
        let html = try TestSupport.text(output, "posts/fresh-rye-today/index.html")
        #expect(html.contains("Fresh rye today!"))
        #expect(html.contains("<picture>"))
    }
}

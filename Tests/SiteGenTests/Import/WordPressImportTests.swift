import Foundation
import Testing

/// `sitegen import wordpress` on a WXR file: published posts and pages only,
/// HTML made safe Markdown, and images that the export does not hold
/// brought from a copy of `wp-content/uploads`, never downloaded.
@Suite("Import: WordPress, end to end")
struct WordPressImportTests {
    static func scene() throws -> (folder: URL, site: URL, export: URL) {
        let folder = TestSupport.temporaryDirectory()
        let site = try ExportFixtures.site(in: folder)
        let export = folder.appendingPathComponent("oldbakery.WordPress.2024-07-10.xml")
        try ExportFixtures.wordpress(at: export)
        return (folder, site, export)
    }

    @Test func importsPublishedPostsAndPagesAndListsTheImagesToBring() throws {
        let scene = try Self.scene()
        defer { TestSupport.cleanUp(scene.folder) }
        let run = try CommandLineTests.run(["import", "wordpress", scene.export.path, "--site", scene.site.path], in: scene.folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stdout.contains(
                "Imported 3 posts (0 photos, 0 bytes) from WordPress into content/posts/; 1 skipped as not public, 2 skipped as not published"),
            "\(run.stdout)")
        #expect(run.stdout.contains("https://old.bakery.example/wp-content/uploads/2024/06/tart.jpg"))
        let summer = try TestSupport.text(scene.site, "content/posts/2024-06-01-summer-menu.md")
        #expect(summer.contains("title: \"Summer menu\"\ndate: 2024-06-01T09:00:00+02:00\n"), "\(summer)")
        #expect(summer.contains("syndication:\n  - \"https://old.bakery.example/?p=555\"\n"))
        #expect(summer.contains("tags:\n  - \"Menu\"\n  - \"Tarts\"\n"))
        #expect(summer.contains("New tarts \\& **more**. Code: a\\]\\]>b\n"), "\(summer)")
        // The image the export holds no file for is taken out of the text, and listed.
        #expect(!summer.contains("!["))
        for secret in ["iframe", "javascript", "onclick", "SECRET COMMENT", "fan@example.org", "203.0.113.9"] {
            #expect(!summer.contains(secret), "\(secret)")
        }
        let holidays = try TestSupport.text(scene.site, "content/posts/2023-12-20-holiday-hours.md")
        #expect(holidays.contains("Closed on the 25th.\\\nOpen on the 26th.\n\nHappy holidays!"), "\(holidays)")
        let about = try TestSupport.text(scene.site, "content/about-us.md")
        #expect(about.contains("A family bakery."))
        #expect(!about.contains("\ndate:"))
        let all = try TestSupport.tree(scene.site).values.map { String(decoding: $0, as: UTF8.self) }.joined()
        for secret in ["DRAFT never", "PRIVATE never", "PROTECTED never", "owner@bakery.example"] { #expect(!all.contains(secret), "\(secret)") }
    }

    @Test func imagesComeFromTheUploadsCopyWithTheirDescription() throws {
        let scene = try Self.scene()
        defer { TestSupport.cleanUp(scene.folder) }
        let uploads = scene.folder.appendingPathComponent("uploads")
        try ExportFixtures.photo("2024/06/tart.jpg", in: uploads)
        try ExportFixtures.photo("2024/06/tart-300x200.jpg", in: uploads)
        let run = try CommandLineTests.run(
            ["import", "wordpress", scene.export.path, "--media-dir", uploads.path, "--site", scene.site.path], in: scene.folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Imported 3 posts (1 photo, "), "\(run.stdout)")
        let summer = try TestSupport.text(scene.site, "content/posts/2024-06-01-summer-menu.md")
        // Shown where the article showed it, with the description WordPress kept for it.
        #expect(summer.contains("Code: a\\]\\]>b\n\n![Apricot tart](/posts/2024-06-01-summer-menu.jpg)\n"), "\(summer)")
        let metadata = try TestImages.metadata(of: [scene.site.appendingPathComponent("static/posts/2024-06-01-summer-menu.jpg")])
        #expect(metadata.values.allSatisfy { !$0.contains { $0.hasPrefix("GPS:") } })
    }
}

import Foundation
import Testing

/// `sitegen import mastodon` on archives in the real shape of Mastodon's
/// export, zipped (servers since 2023) and as tar.gz (older ones).
@Suite("Import: Mastodon, end to end")
struct MastodonImportTests {
    struct Imported {
        var folder: URL
        var site: URL
        var run: CommandLineTests.Run
        var pages: [String: String]
    }

    static func imported(as kind: String) throws -> Imported {
        let folder = TestSupport.temporaryDirectory()
        let site = try ExportFixtures.site(in: folder)
        let unpacked = folder.appendingPathComponent("archive")
        try ExportFixtures.mastodon(at: unpacked)
        let archive = folder.appendingPathComponent("archive-20240601-0123456789abcdef.\(kind)")
        if kind == "zip" { try ExportFixtures.zip(unpacked, to: archive) } else { try ExportFixtures.tarGz(unpacked, to: archive) }
        let run = try CommandLineTests.run(["import", "mastodon", archive.path, "--site", site.path], in: folder)
        var pages: [String: String] = [:]
        let posts = site.appendingPathComponent("content/posts")
        for name in (try? FileManager.default.contentsOfDirectory(atPath: posts.path)) ?? [] where name != "index.md" {
            pages[name] = try TestSupport.text(posts, name)
        }
        return Imported(folder: folder, site: site, run: run, pages: pages)
    }

    @Test(arguments: ["zip", "tar.gz"])
    func importsThePublicPostsOnly(_ kind: String) throws {
        let result = try Self.imported(as: kind)
        defer { TestSupport.cleanUp(result.folder) }
        #expect(result.run.status == 0, "\(result.run.stderr)")
        #expect(
            result.run.stdout.contains(
                "from Mastodon into content/posts/; 3 skipped as not public, 1 skipped as replies to others, 1 skipped as boosts or reposts of others"
            ), "\(result.run.stdout)")
        #expect(result.run.stdout.hasPrefix("Imported 3 posts (1 photo, 1 video, "), "\(result.run.stdout)")
        #expect(
            result.pages.keys.sorted() == [
                "2024-05-01-fresh-rye-today.md", "2024-05-02-behind-the-scenes-at-4-am.md", "2024-05-08-more-rye-tomorrow-as-promised.md",
            ])
        let all = result.pages.values.joined()
        for secret in ["Unlisted", "Followers only", "Direct message", "someone else", "alert(1)", "<script"] {
            #expect(!all.contains(secret), "\(secret)")
        }
    }

    @Test func aPostKeepsItsLinksDescriptionAndOriginal() throws {
        let result = try Self.imported(as: "zip")
        defer { TestSupport.cleanUp(result.folder) }
        let page = try #require(result.pages["2024-05-01-fresh-rye-today.md"])
        #expect(page.contains("syndication:\n  - \"https://social.example/@bakery/112000000000000001\"\n"))
        #expect(page.contains("imported_from:\n  platform: mastodon\n  id: \"https://social.example/users/bakery/statuses/112000000000000001\"\n"))
        #expect(page.contains("tags:\n  - \"bread\"\n"))
        #expect(page.contains("image_alt: \"Three rye loaves on a rack\"\n"))
        // The mention stays a link to the profile; the hashtag is text.
        #expect(page.contains("[@miller](https://mill.example/@miller)"), "\(page)")
        #expect(page.contains("#bread") && !page.contains("tags/bread"))
        // The link Mastodon shortened on screen keeps its whole address.
        #expect(page.contains("https://bakery.example/menu/summer-2024"))
        #expect(!page.contains("…"))
    }

    @Test func aVideoUnderAContentWarningLosesItsPosition() throws {
        let result = try Self.imported(as: "zip")
        defer { TestSupport.cleanUp(result.folder) }
        let page = try #require(result.pages["2024-05-02-behind-the-scenes-at-4-am.md"])
        #expect(
            page.contains(
                "**Content warning:** Flour everywhere\n\nBehind the scenes at 4 am\n\n![](/posts/2024-05-02-behind-the-scenes-at-4-am.mp4)"),
            "\(page)")
        let video = try Data(contentsOf: result.site.appendingPathComponent("static/posts/2024-05-02-behind-the-scenes-at-4-am.mp4"))
        #expect(video.count == ExportFixtures.mp4().count)
        #expect(video.range(of: Data("+48.1147".utf8)) == nil)
        #expect(video.range(of: Data("udta".utf8)) == nil)
        #expect(video.range(of: Data("moov".utf8)) != nil)
    }

    @Test func aThreadKeepsItsSecondPost() throws {
        let result = try Self.imported(as: "zip")
        defer { TestSupport.cleanUp(result.folder) }
        let page = try #require(result.pages["2024-05-08-more-rye-tomorrow-as-promised.md"])
        #expect(page.contains("More rye tomorrow, as promised."))
    }

    @Test func theAccountBecomesAProfile() throws {
        let result = try Self.imported(as: "zip")
        defer { TestSupport.cleanUp(result.folder) }
        #expect(try TestSupport.text(result.site, "links.yml").contains("https://social.example/@bakery"))
    }
}

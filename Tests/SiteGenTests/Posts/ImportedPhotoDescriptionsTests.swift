import Foundation
import Testing

@testable import SiteGen
@testable import SiteGenCore

/// Imported photos and videos without a description are named in one
/// warning, which says how to describe them; the build goes on.
@Suite("Posts: imported photos without a description")
struct ImportedPhotoDescriptionsTests {
    @Test("one warning names the imported posts whose photos or videos have no description")
    func oneWarning() throws {
        let report = try PostSite.built.get().report
        let warnings = report.warnings.filter { $0.message.contains("without a description") }
        #expect(warnings.count == 1)
        let warning = try #require(warnings.first)
        #expect(warning.severity == .warning)
        #expect(warning.location.file == "content/posts/2024-04-01-croissants.md")
        #expect(
            warning.message.hasPrefix(
                "2 imported posts have photos or videos without a description, which people who cannot see them need (screen readers read it out): content/posts/2024-04-01-croissants.md, content/posts/2024-05-04-fresh-rye-today.md. "
            ))
        #expect(
            warning.message.hasSuffix(
                "Write what the first photo shows in `image_alt:`, and what each other one shows between the brackets of `![...](...)`."))
        // The long read has no photo, the news post is not imported.
        #expect(!warning.message.contains("long-read"))
        #expect(!warning.message.contains("news/"))
    }

    @Test("beyond ten posts, the warning names ten and counts the others")
    func manyPosts() throws {
        var pages: [String: String] = ["index.md": "---\ntitle: Home\n---\nHello.\n"]
        for day in 1...12 {
            let name = String(format: "posts/2024-03-%02d-loaf-%d.md", day, day)
            pages[name] =
                "---\ntitle: Loaf \(day)\nimported_from:\n  platform: facebook\n  id: \"\(day)\"\n---\n![](/posts/2024-05-04-fresh-rye-today-2.jpg)\n"
        }
        pages["posts/2024-04-01-described.md"] =
            "---\ntitle: Described\nimported_from:\n  platform: x\n  id: \"99\"\n---\n![A loaf](/posts/2024-05-04-fresh-rye-today-2.jpg)\n"
        let site = try PostSite(pages: pages)
        defer { site.cleanUp() }
        let warnings = try site.build().warnings.filter { $0.message.contains("without a description") }
        #expect(warnings.count == 1)
        let message = try #require(warnings.first?.message)
        #expect(message.hasPrefix("12 imported posts have"))
        #expect(message.contains("content/posts/2024-03-10-loaf-10.md and 2 more. "))
        #expect(!message.contains("2024-03-11"))
        #expect(!message.contains("described"))
    }

    @Test("a site without such posts has no warning")
    func none() throws {
        let site = try PostSite(pages: ["index.md": "---\ntitle: Home\n---\nHello.\n", "posts/2024-01-01-a.md": "---\ntitle: A\n---\nText.\n"])
        defer { site.cleanUp() }
        #expect(!(try site.build()).warnings.contains { $0.message.contains("without a description") })
    }

    @Test("sitegen check adds no warning per undescribed imported photo or post, but still judges the descriptions written")
    func check() throws {
        var pages = PostSite.pages
        pages["posts/2024-06-01-named.md"] =
            "---\ntitle: Named\nimported_from:\n  platform: x\n  id: \"7\"\n---\n![IMG_2041.jpg](/posts/2024-05-04-fresh-rye-today-2.jpg)\n"
        let site = try PostSite(pages: pages)
        defer { site.cleanUp() }
        let report = SiteChecker(siteDirectory: site.site, clock: .fixed(Date(timeIntervalSince1970: 0))).check()
        let messages = report.diagnostics.map(\.description)
        #expect(messages.filter { $0.contains("without a description") }.count == 1)
        #expect(!messages.contains { $0.contains("warning: the image") && $0.contains("has no description") }, "\(messages)")
        #expect(messages.contains { $0.contains("content/posts/2024-06-01-named.md:7:1: warning: the image") && $0.contains("a file name") })
        // Nor does it ask each imported post for a `description:`; a page written here is still asked.
        #expect(!messages.contains { $0.contains("content/posts/2024-06-01-named.md:2:8: warning: this page has no description") })
        #expect(messages.contains { $0.contains("content/about.md:2:8: warning: this page has no description") })
    }
}

import Foundation
import Testing

@testable import SiteGen
@testable import SiteGenCore

/// `syndication:`, `imported_from:` and `tags:`, the keys `sitegen import`
/// writes, read into their types with every error at its line and column.
@Suite("Posts: front matter of imported posts")
struct PostFrontMatterTests {
    private let source = ContentSource(
        relativePath: "posts/rye.md", url: URL(fileURLWithPath: "/site/content/posts/rye.md"), displayPath: "content/posts/rye.md")

    private func parse(_ yaml: String) throws -> FrontMatter {
        try FrontMatterParser().parse("---\n\(yaml)\n---\nBody\n", source: source).frontMatter
    }

    private func errors(_ yaml: String) -> [String] {
        do {
            _ = try FrontMatterParser().parse("---\n\(yaml)\n---\nBody\n", source: source)
        } catch {
            return error.diagnostics.map(\.description)
        }
        Issue.record("expected the front matter to be refused")
        return []
    }

    @Test("every key of an imported post is read")
    func importedPost() throws {
        let frontMatter = try parse(
            """
            title: "Fresh rye today!"
            date: 2024-05-04T09:12:00Z
            syndication:
              - "https://social.example/@bakery/112000000000000001"
            imported_from:
              platform: mastodon
              id: "https://social.example/users/bakery/statuses/112000000000000001"
            tags:
              - bread
              - rye
            image: /posts/rye-1.jpg
            image_alt: "Three rye loaves on a rack"
            """)
        #expect(frontMatter.syndication == ["https://social.example/@bakery/112000000000000001"])
        #expect(frontMatter.importedFrom == ImportOrigin(platform: .mastodon, id: "https://social.example/users/bakery/statuses/112000000000000001"))
        #expect(frontMatter.tags == ["bread", "rye"])
        #expect(frontMatter.params["syndication"] == nil)
        #expect(frontMatter.params["imported_from"] == nil)
        // Templates written before `tags:` was a key still read it.
        #expect(frontMatter.params["tags"] == .list([.string("bread"), .string("rye")]))
    }

    @Test("one address or one tag is a list of one; blanks and repeats go")
    func singles() throws {
        let frontMatter = try parse("syndication: https://x.com/bakery/status/1\ntags: [bread, \" bread \", rye]")
        #expect(frontMatter.syndication == ["https://x.com/bakery/status/1"])
        #expect(frontMatter.tags == ["bread", "rye"])
        #expect(try parse("title: A").syndication.isEmpty)
        #expect(try parse("title: A").importedFrom == nil)
    }

    @Test("every platform sitegen imports from is known, in any case")
    func platforms() throws {
        for platform in ImportPlatform.allCases {
            let read = try parse("imported_from:\n  platform: \(platform.rawValue.uppercased())\n  id: \"42\"")
            #expect(read.importedFrom?.platform == platform)
        }
    }

    @Test("a syndication address that is not http(s) is an error at its item")
    func badSyndication() {
        #expect(
            errors("title: A\nsyndication:\n  - https://social.example/@bakery/1\n  - \"javascript:alert(1)\"")
                == [
                    "content/posts/rye.md:5:5: error: syndication[1]: \"javascript:alert(1)\" is not an absolute https: or http: address; write the address of the same post on the platform, such as https://mastodon.social/@bakery/112000000000000001"
                ])
        #expect(
            errors("syndication: /posts/rye/")
                == [
                    "content/posts/rye.md:2:14: error: syndication: \"/posts/rye/\" is not an absolute https: or http: address; write the address of the same post on the platform, such as https://mastodon.social/@bakery/112000000000000001"
                ])
        #expect(
            errors("syndication:\n  url: https://a.example/1")
                == ["content/posts/rye.md:3:3: error: syndication: expected an address or a list of addresses, found a mapping"])
        #expect(
            errors("syndication: [[https://a.example/1]]") == ["content/posts/rye.md:2:15: error: syndication[0]: expected an address, found a list"])
    }

    @Test("imported_from needs a known platform and an id")
    func badImportOrigin() {
        #expect(
            errors("title: A\nimported_from:\n  platform: tiktok\n  id: \"1\"")
                == [
                    "content/posts/rye.md:4:13: error: imported_from.platform: \"tiktok\" is not a platform sitegen imports from; use mastodon, instagram, facebook, x or wordpress"
                ])
        #expect(errors("imported_from:\n  platform: x") == ["content/posts/rye.md:3:3: error: imported_from.id is required"])
        #expect(errors("imported_from: mastodon") == ["content/posts/rye.md:2:16: error: imported_from must be a mapping of `key: value` lines"])
        #expect(
            errors("imported_from:\n  platform: x\n  id: \"1\"\n  url: https://x.com/a/status/1")
                == ["content/posts/rye.md:5:3: error: imported_from.url: unknown key"])
    }

    @Test("an empty tag, or tags that are not text, are errors at the key")
    func badTags() {
        #expect(errors("tags: [bread, \"  \"]") == ["content/posts/rye.md:2:7: error: tags[1]: a tag must not be empty"])
        #expect(errors("tags:\n  - {name: bread}") == ["content/posts/rye.md:3:5: error: tags: every item must be text"])
    }

    @Test("an imported photo without a description is let through; any other page's is refused")
    func imageAlt() throws {
        let imported = try parse("image: /posts/rye-1.jpg\nimported_from:\n  platform: instagram\n  id: \"17900000000000001\"")
        #expect(imported.image == "/posts/rye-1.jpg")
        #expect(imported.imageAlt == nil)
        #expect(
            errors("image: /posts/rye-1.jpg")
                == ["content/posts/rye.md:2:8: error: image: an image needs `image_alt:`, a short description for people who cannot see it"])
    }
}

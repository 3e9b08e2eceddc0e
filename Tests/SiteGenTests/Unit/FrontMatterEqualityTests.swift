import Foundation
import Testing

@testable import SiteGen

/// A page's front matter compares as a whole, so that a change to any key
/// (a new one included) is seen without a list of fields to keep up to date.
@Suite("Unit: FrontMatter equality")
struct FrontMatterEqualityUnitTests {
    private let source = ContentSource(
        relativePath: "news/oven.md", url: URL(fileURLWithPath: "/site/content/news/oven.md"), displayPath: "content/news/oven.md")

    private func frontMatter(_ yaml: String) throws -> FrontMatter {
        try FrontMatterParser().parse("---\n\(yaml)\n---\nBody.\n", source: source).frontMatter
    }

    private static let base = """
        title: Le four
        description: Un four à sole
        date: 2024-05-01
        updated: 2024-06-02
        slug: four
        template: news
        aliases: [/old.html]
        image: /four.jpg
        image_alt: Le four
        weight: 2
        menu: main
        price: 2.5
        tags: [pain, four]
        owner: {name: Martin, since: 1998}
        """

    @Test("the same text gives equal front matters with equal hashes")
    func sameText() throws {
        let first = try frontMatter(Self.base)
        let second = try frontMatter(Self.base)
        #expect(first == second)
        #expect(first.hashValue == second.hashValue)
        #expect(Set([first, second]).count == 1)
    }

    @Test("where the keys stand is not compared")
    func positionsAreNotCompared() throws {
        let moved = try frontMatter("\n# a comment\n" + Self.base.split(separator: "\n").reversed().joined(separator: "\n"))
        let original = try frontMatter(Self.base)
        #expect(moved.keyLocations["title"] != original.keyLocations["title"])
        #expect(moved == original)
        #expect(moved.hashValue == original.hashValue)
    }

    @Test(
        "a change to any key makes them differ",
        arguments: [
            ("title: Le four", "title: Le grand four"),
            ("description: Un four à sole", "description: Un four"),
            ("date: 2024-05-01", "date: 2024-05-02"),
            ("updated: 2024-06-02", "updated: 2024-06-02T10:00:00Z"),
            ("slug: four", "slug: oven"),
            ("template: news", "template: page"),
            ("aliases: [/old.html]", "aliases: [/old.html, /older.html]"),
            ("image: /four.jpg", "image: /four.png"),
            ("image_alt: Le four", "image_alt: Le four ouvert"),
            ("weight: 2", "weight: 3"),
            ("menu: main", "menu: footer"),
            ("price: 2.5", "price: 2.50001"),
            ("price: 2.5", "price: \"2.5\""),
            ("tags: [pain, four]", "tags: [four, pain]"),
            ("owner: {name: Martin, since: 1998}", "owner: {name: Martin, since: 1999}"),
            ("owner: {name: Martin, since: 1998}", "owner: {name: Martin, since: 1998, city: Rennes}"),
            ("weight: 2", "weight: 2\ndraft: true"),
            ("weight: 2", "weight: 2\nnew_key: x"),
        ])
    func anyChangeDiffers(_ change: (String, String)) throws {
        #expect(Self.base.contains(change.0))
        let changed = try frontMatter(Self.base.replacingOccurrences(of: change.0, with: change.1))
        #expect(try frontMatter(Self.base) != changed)
    }

    @Test("values compare by kind and by what they render")
    func valueKinds() {
        #expect(SendableValue.int(1) != .double(1.0))
        #expect(SendableValue.string("1") != .int(1))
        #expect(SendableValue.bool(true) != .string("true"))
        #expect(SendableValue.double(.nan) == .double(.nan))
        #expect(SendableValue.double(0.0) != .double(-0.0))
        #expect(Set([SendableValue.double(.nan), .double(.nan)]).count == 1)
        #expect(SendableValue.dictionary(["a": .int(1), "b": .int(2)]) == .dictionary(["b": .int(2), "a": .int(1)]))
        #expect(SendableValue.list([.int(1), .int(2)]) != .list([.int(2), .int(1)]))
    }
}

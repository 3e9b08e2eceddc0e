import Foundation
import Testing

/// `sitegen profile list` shows which accounts are gone, and their archived copies for scripts.
@Suite("Manifest: profile list and gone accounts")
struct GoneProfileListTests {
    static let links = """
        profiles:
          - url: https://mastodon.social/@shop
          - url: https://www.instagram.com/shop/
            status: gone
            archive: https://web.archive.org/web/2025/https://www.instagram.com/shop/

        """

    @Test func theTableAndTheJSONSayWhichAreGone() throws {
        let site = try LinksEditingTests.site(Self.links)
        defer { TestSupport.cleanUp(site) }
        let table = try CommandLineTests.run(["profile", "list"], in: site)
        #expect(table.status == 0)
        #expect(table.stdout.contains("Instagram (gone)"))
        #expect(!table.stdout.contains("Mastodon (gone)"))
        let json = try CommandLineTests.run(["profile", "list", "--format", "json"], in: site)
        let listed = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(listed.map { $0["status"] as? String } == ["live", "gone"])
        #expect(listed.map { $0["archive"] as? String } == [nil, "https://web.archive.org/web/2025/https://www.instagram.com/shop/"])
    }
}

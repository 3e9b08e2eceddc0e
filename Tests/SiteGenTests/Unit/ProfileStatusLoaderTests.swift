import Testing

@testable import SiteGenCore
@testable import SiteGenManifest

/// Issue 11: `status: live|gone` and `archive:` on a profile of links.yml.
@Suite("Unit: a profile's status and archive")
struct ProfileStatusLoaderTests {
    private func load(_ text: String) throws(DiagnosticsError) -> LinksManifest {
        try LinksManifestLoader().load(YAMLSource(file: "links.yml", text: text))
    }

    @Test func statusAndArchiveAreRead() throws {
        let manifest = try load(
            """
            profiles:
              - url: https://www.instagram.com/shop/
                status: gone
                archive: https://web.archive.org/web/2025/https://www.instagram.com/shop/
              - url: https://mastodon.social/@shop
                status: live
              - url: https://bsky.app/profile/shop.example

            """)
        #expect(manifest.profiles.map(\.status) == [.gone, .live, .live])
        #expect(manifest.profiles.map(\.archive) == ["https://web.archive.org/web/2025/https://www.instagram.com/shop/", nil, nil])
    }

    @Test func anUnknownStatusIsAnErrorAtItsPosition() {
        #expect {
            _ = try load("profiles:\n  - url: https://www.instagram.com/shop/\n    status: closed\n")
        } throws: { error in
            let diagnostics = (error as? DiagnosticsError)?.diagnostics ?? []
            return diagnostics.count == 1 && diagnostics[0].location.line == 3
                && diagnostics[0].message.contains(#""closed" is not `live` or `gone`"#)
        }
    }

    @Test("an archive that is not a web address is an error at its position", arguments: ["javascript:alert(1)", "web.archive.org/web/2025/x"])
    func archiveMustBeAWebAddress(_ archive: String) {
        #expect {
            _ = try load("profiles:\n  - url: https://www.instagram.com/shop/\n    status: gone\n    archive: \"\(archive)\"\n")
        } throws: { error in
            let diagnostics = (error as? DiagnosticsError)?.diagnostics ?? []
            return diagnostics.count == 1 && diagnostics[0].location.line == 4 && diagnostics[0].message.contains("archive")
        }
    }
}

import Foundation
import Testing

@testable import SiteGenCore
@testable import SiteGenManifest

/// `sitegen archive`'s edit: one key of an existing entry set in place, in
/// a links.yml full of comments and odd formatting; every other byte stays.
@Suite("Manifest: setting one key of an entry")
struct LinksSetFieldTests {
    static let capture = "https://web.archive.org/web/20240312000000/https://radio.example/b"

    /// The old text's lines with `line` inserted before the 0-based line `index`.
    static func inserted(_ line: String, at index: Int, in text: String) -> String {
        var lines = text.components(separatedBy: "\n")
        lines.insert(line, at: index)
        return lines.joined(separator: "\n")
    }

    static func edit(_ text: String, _ body: (LinksManifestEditor) throws -> Void) throws -> String {
        let site = try LinksEditingTests.site(text)
        defer { TestSupport.cleanUp(site) }
        try body(LinksManifestEditor(siteDirectory: site))
        return try LinksEditingTests.linksText(site)
    }

    @Test func aPressEntryGetsOneLineAfterItsLastValueAndNothingElseMoves() throws {
        let odd = try LinksEditingTests.golden("odd.yml")
        let after = try Self.edit(odd) { editor in
            let result = try editor.set(.archive(Self.capture), ofEntry: "https://radio.example/b", in: "press")
            #expect(result.entryText == "  archive: \(Self.capture)")
            #expect(result.written)
        }
        let index = try #require(odd.components(separatedBy: "\n").firstIndex(of: "    Line two")) + 1
        #expect(after == Self.inserted("  archive: \(Self.capture)", at: index, in: odd))
        let manifest = try LinksManifestLoader().load(YAMLSource(file: "links.yml", text: after))
        #expect(manifest.press.map(\.archive) == [nil, Self.capture])
        #expect(manifest.press[1].quote == "Line one\nLine two\n")
    }

    @Test func aProfileWithQuotesAndCommentsGetsItsLineAtTheColumnOfItsKeys() throws {
        let odd = try LinksEditingTests.golden("odd.yml")
        let archive = "https://web.archive.org/web/2024/https://www.instagram.com/shop/"
        let after = try Self.edit(odd) { editor in
            _ = try editor.set(.archive(archive), ofEntry: "https://www.instagram.com/shop/", in: "profiles")
            _ = try editor.set(.archive(archive + "m"), ofEntry: "https://mastodon.social/@shop", in: "profiles")
        }
        var expected = Self.inserted("        archive: \(archive)", at: 8, in: odd)
        expected = Self.inserted("        archive: \(archive)m", at: 7, in: expected)
        #expect(after == expected)
    }

    @Test func anExistingOneLineValueIsReplacedInPlace() throws {
        let text =
            "press:\n  - url: https://a.example/\n    archive: https://old.example/copy   # old\n    title: T\n    outlet: O\n    date: 2024-01-01\n"
        let after = try Self.edit(text) { editor in
            let result = try editor.set(.archive(Self.capture), ofEntry: "https://a.example", in: "press")
            #expect(result.lines == 3...3)
        }
        #expect(after == text.replacingOccurrences(of: "https://old.example/copy   # old", with: Self.capture))
    }

    @Test func crlfAndAMissingLastLineEndAreKept() throws {
        let text = "# links\r\nprofiles:\r\n  - url: https://mastodon.social/@shop\r\n  - url: https://bsky.app/profile/shop.example"
        let after = try Self.edit(text) { editor in
            _ = try editor.set(.archive(Self.capture), ofEntry: "https://bsky.app/profile/shop.example", in: "profiles")
        }
        #expect(after == text + "\r\n    archive: \(Self.capture)")
    }

    @Test func anAddressThatNeedsQuotesIsQuoted() throws {
        let text = "profiles:\n  - url: https://mastodon.social/@shop\n"
        let odd = "https://web.archive.org/web/2024/https://a.example/#top"
        let after = try Self.edit(text) { editor in
            _ = try editor.set(.archive(odd), ofEntry: "https://mastodon.social/@shop", in: "profiles")
        }
        #expect(after == text + "    archive: \"\(odd)\"\n")
    }

    @Test func aDryRunWritesNothing() throws {
        let odd = try LinksEditingTests.golden("odd.yml")
        let after = try Self.edit(odd) { editor in
            let result = try editor.set(.archive(Self.capture), ofEntry: "https://news.example/a", in: "press", dryRun: true)
            #expect(!result.written)
            #expect(result.entryText == "  archive: \(Self.capture)")
        }
        #expect(after == odd)
    }

    @Test(
        "an entry it cannot edit safely is refused and the file left alone",
        arguments: [
            ("profiles:\n  - {url: https://mastodon.social/@shop}\n", "written on one line"),
            ("profiles:\n  - url: https://mastodon.social/@shop\n    archive: \"https://old.example/\\\n      copy\"\n", "over several lines"),
            ("profiles:\n  - url: https://bsky.app/profile/shop.example\n", "no profile with the address"),
        ])
    func refused(_ text: String, _ message: String) throws {
        let after = try Self.edit(text) { editor in
            #expect {
                _ = try editor.set(.archive(Self.capture), ofEntry: "https://mastodon.social/@shop", in: "profiles")
            } throws: { error in
                (error as? DiagnosticsError)?.diagnostics.contains { $0.message.contains(message) } == true
            }
        }
        #expect(after == text)
    }

    @Test func anArchiveThatIsNotAWebAddressIsRefused() throws {
        let text = "profiles:\n  - url: https://mastodon.social/@shop\n"
        let after = try Self.edit(text) { editor in
            #expect(throws: DiagnosticsError.self) {
                _ = try editor.set(.archive("javascript:alert(1)"), ofEntry: "https://mastodon.social/@shop", in: "profiles")
            }
        }
        #expect(after == text)
    }
}

import Foundation
import Testing

@testable import SiteGenCore
@testable import SiteGenManifest

/// Edits of a links.yml full of comments and odd-but-valid formatting:
/// the file after each edit is compared with a golden file, and only the
/// entry's lines may differ.
@Suite("Manifest: editing links.yml as text")
struct LinksEditingTests {
    static let goldenFolder = TestSupport.packageRoot.appendingPathComponent("Tests/SiteGenTests/Fixtures/links-editing")

    /// A site folder holding `text` as links.yml.
    static func site(_ text: String) throws -> URL {
        let folder = TestSupport.temporaryDirectory()
        try Data(text.utf8).write(to: folder.appendingPathComponent("links.yml"))
        return folder
    }

    static func golden(_ name: String) throws -> String {
        try String(contentsOf: goldenFolder.appendingPathComponent(name), encoding: .utf8)
    }

    static func linksText(_ site: URL) throws -> String {
        try String(contentsOf: site.appendingPathComponent("links.yml"), encoding: .utf8)
    }

    static let pressEntry = PressEntry(
        url: "https://paper.example/c", title: "Hostile: # \"quotes\" 'single'", outlet: "Le Monde",
        date: ContentDate(year: 2024, month: 6, day: 1), quote: "line\nbreak", language: "fr")

    @Test func addingAPressMentionMatchesTheGoldenFile() throws {
        let site = try Self.site(try Self.golden("odd.yml"))
        defer { TestSupport.cleanUp(site) }
        let result = try LinksManifestEditor(siteDirectory: site, workingDirectory: site).add(.press(Self.pressEntry))
        #expect(try Self.linksText(site) == (try Self.golden("odd.press-added.yml")))
        #expect(result.lines == 32...37)
        #expect(result.file == "links.yml")
    }

    @Test func addingAProfileFollowsTheListsOwnIndentation() throws {
        let site = try Self.site(try Self.golden("odd.yml"))
        defer { TestSupport.cleanUp(site) }
        _ = try LinksManifestEditor(siteDirectory: site, workingDirectory: site).add(.profile(url: "https://www.youtube.com/@shop", label: "Videos"))
        #expect(try Self.linksText(site) == (try Self.golden("odd.profile-added.yml")))
    }

    @Test func removingAMentionTakesItsCommentWithIt() throws {
        let site = try Self.site(try Self.golden("odd.yml"))
        defer { TestSupport.cleanUp(site) }
        let result = try LinksManifestEditor(siteDirectory: site, workingDirectory: site).remove("https://radio.example/b", from: "press")
        #expect(try Self.linksText(site) == (try Self.golden("odd.press-removed.yml")))
        #expect(result.lines == 20...30)
    }

    /// Found by fuzzing the editor (`Fuzz/run`): a quoted value over several
    /// lines, one of which looks like the next entry, was cut in two when its
    /// entry was removed, and the edit was refused with "please report".
    @Test func aQuotedValueOverSeveralLinesStaysWithItsEntry() throws {
        let text = """
            profiles:
              - url: https://mastodon.social/@shop
                label: 'Our shop

              - url: https://bsky.app/profile/not-an-entry'
              - url: https://www.instagram.com/shop/
            press:
              - url: https://news.example/a
                title: "A title

              - url: https://news.example/not-an-entry"
                outlet: News
                date: 2024-03-12

            """
        let site = try Self.site(text)
        defer { TestSupport.cleanUp(site) }
        let editor = LinksManifestEditor(siteDirectory: site, workingDirectory: site)
        _ = try editor.remove("https://mastodon.social/@shop", from: "profiles")
        _ = try editor.remove("https://news.example/a", from: "press")
        #expect(try Self.linksText(site) == "profiles:\n  - url: https://www.instagram.com/shop/\npress:\n")
        _ = try editor.add(.profile(url: "https://b.example/@me", label: nil))
        #expect(try editor.manifest().profiles.map(\.url) == ["https://www.instagram.com/shop/", "https://b.example/@me"])
    }

    @Test func removingFindsTheAddressWhateverItsTrailingSlashOrQuotes() throws {
        let site = try Self.site(try Self.golden("odd.yml"))
        defer { TestSupport.cleanUp(site) }
        _ = try LinksManifestEditor(siteDirectory: site, workingDirectory: site).remove("https://www.instagram.com/shop", from: "profiles")
        #expect(try Self.linksText(site) == (try Self.golden("odd.profile-removed.yml")))
    }

    /// Every golden "after" file is the "before" file with one run of lines inserted or deleted.
    @Test(arguments: ["odd.press-added.yml", "odd.profile-added.yml", "odd.press-removed.yml", "odd.profile-removed.yml"])
    func goldenFilesDifferOnlyByTheEntrysLines(_ name: String) throws {
        let before = try Self.golden("odd.yml").split(separator: "\n", omittingEmptySubsequences: false)
        let after = try Self.golden(name).split(separator: "\n", omittingEmptySubsequences: false)
        let (longer, shorter) = after.count > before.count ? (after, before) : (before, after)
        let prefix = zip(longer, shorter).prefix { $0 == $1 }.count
        let suffix = zip(longer.reversed(), shorter.reversed()).prefix { $0 == $1 }.count
        #expect(prefix + suffix >= shorter.count, "more than one run of lines changed")
        #expect(longer.count > shorter.count)
    }

    @Test(arguments: [
        "press: []\nprofiles:\n  - url: https://a.example/\n",
        "press: [{url: https://a.example/, title: T, outlet: O, date: 2024-01-01}]\n",
        "press: ~\n",
        "{press: []}\n",
    ])
    func refusesFormsItCannotEditSafelyAndLeavesTheFile(_ text: String) throws {
        let site = try Self.site(text)
        defer { TestSupport.cleanUp(site) }
        let error = #expect(throws: DiagnosticsError.self) {
            _ = try LinksManifestEditor(siteDirectory: site, workingDirectory: site).add(.press(Self.pressEntry))
        }
        #expect(error?.diagnostics.first?.message.contains("nothing was changed") == true)
        #expect(try Self.linksText(site) == text)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.path)
        #expect(leftovers == ["links.yml"])
    }

    @Test func entriesWrittenInFlowStyleAreKeptAndTheNewOneIsInBlockStyle() throws {
        let text = "press:\n  - {url: https://a.example/, title: T, outlet: O, date: 2024-01-01}\n"
        let site = try Self.site(text)
        defer { TestSupport.cleanUp(site) }
        _ = try LinksManifestEditor(siteDirectory: site, workingDirectory: site).add(.press(Self.pressEntry))
        let after = try Self.linksText(site)
        #expect(after.hasPrefix(text))
        #expect(try LinksManifestLoader().load(YAMLSource(file: "links.yml", text: after)).press.count == 2)
    }

    @Test func addsTheListWhenTheFileHasNone() throws {
        let text = "# only profiles so far\nprofiles:\n  - url: https://a.example/@me\n"
        let site = try Self.site(text)
        defer { TestSupport.cleanUp(site) }
        _ = try LinksManifestEditor(siteDirectory: site, workingDirectory: site).add(.press(Self.pressEntry))
        let after = try Self.linksText(site)
        #expect(after.hasPrefix(text))
        #expect(after.contains("\npress:\n  - url: https://paper.example/c\n    title: "))
        #expect(try LinksManifestLoader().load(YAMLSource(file: "links.yml", text: after)).press.count == 1)
    }

    @Test func fillsAnEmptyListWrittenAsAKeyAlone() throws {
        let text = "profiles:\n  - url: https://a.example/@me\npress:\n# nothing yet\n"
        let site = try Self.site(text)
        defer { TestSupport.cleanUp(site) }
        _ = try LinksManifestEditor(siteDirectory: site, workingDirectory: site).add(.press(Self.pressEntry))
        let manifest = try LinksManifestLoader().load(YAMLSource(file: "links.yml", text: try Self.linksText(site)))
        #expect(manifest.press.map(\.url) == ["https://paper.example/c"])
        #expect(manifest.profiles.count == 1)
    }

    @Test func createsTheFileWhenThereIsNone() throws {
        let site = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(site) }
        _ = try LinksManifestEditor(siteDirectory: site, workingDirectory: site).add(.profile(url: "https://a.example/@me", label: nil))
        #expect(try Self.linksText(site) == "profiles:\n  - url: https://a.example/@me\n")
    }

    @Test func keepsWindowsLineEnds() throws {
        let text = "profiles:\r\n  - url: https://a.example/@me\r\n"
        let site = try Self.site(text)
        defer { TestSupport.cleanUp(site) }
        _ = try LinksManifestEditor(siteDirectory: site, workingDirectory: site).add(.profile(url: "https://b.example/@me", label: nil))
        #expect(try Self.linksText(site) == "profiles:\r\n  - url: https://a.example/@me\r\n  - url: https://b.example/@me\r\n")
    }

    @Test func keepsTheFilesPermissions() throws {
        let site = try Self.site("profiles:\n  - url: https://a.example/@me\n")
        defer { TestSupport.cleanUp(site) }
        let path = site.appendingPathComponent("links.yml").path
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        _ = try LinksManifestEditor(siteDirectory: site, workingDirectory: site).add(.profile(url: "https://b.example/@me", label: nil))
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber
        #expect(permissions?.intValue == 0o640)
    }

    @Test func aSymbolicLinkStaysALink() throws {
        let site = try Self.site("profiles:\n  - url: https://a.example/@me\n")
        defer { TestSupport.cleanUp(site) }
        let real = site.appendingPathComponent("shared-links.yml")
        try FileManager.default.moveItem(at: site.appendingPathComponent("links.yml"), to: real)
        try FileManager.default.createSymbolicLink(at: site.appendingPathComponent("links.yml"), withDestinationURL: real)
        _ = try LinksManifestEditor(siteDirectory: site, workingDirectory: site).add(.profile(url: "https://b.example/@me", label: nil))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: site.appendingPathComponent("links.yml").path) == real.path)
        #expect(try String(contentsOf: real, encoding: .utf8).contains("https://b.example/@me"))
    }

    @Test func refusesADuplicateWithTheLineWhereItIs() throws {
        let site = try Self.site(try Self.golden("odd.yml"))
        defer { TestSupport.cleanUp(site) }
        let before = try Self.linksText(site)
        let entry = PressEntry(url: "https://NEWS.example/a/", title: "Again", outlet: "News", date: ContentDate(year: 2024, month: 1, day: 1))
        let error = #expect(throws: DiagnosticsError.self) {
            _ = try LinksManifestEditor(siteDirectory: site, workingDirectory: site).add(.press(entry))
        }
        #expect(error?.diagnostics.first?.description.hasPrefix("links.yml:15:3: error: https://NEWS.example/a/ is already listed here") == true)
        #expect(try Self.linksText(site) == before)
    }

    @Test func aDryRunChangesNothing() throws {
        let site = try Self.site(try Self.golden("odd.yml"))
        defer { TestSupport.cleanUp(site) }
        let result = try LinksManifestEditor(siteDirectory: site, workingDirectory: site).add(.press(Self.pressEntry), dryRun: true)
        #expect(!result.written)
        #expect(result.lines == 32...37)
        #expect(try Self.linksText(site) == (try Self.golden("odd.yml")))
    }

    @Test(arguments: [
        "Titre : « guillemets » # dièse 'apostrophe' \"double\" \\ backslash",
        "Emoji 🥐🍞 et zéro-largeur\u{200B}",
        "عنوان عربي من اليمين إلى اليسار",
        "Line one\nLine two\nLine three\ttab",
        String(repeating: "Un très long extrait, ", count: 500),
        "- starts like a list item: and has a colon",
        "yes",
        "@mention and `backticks` and {braces} [brackets] | pipe > gt % percent & amp * star ! bang",
    ])
    func hostileValuesReadBackExactly(_ value: String) throws {
        let site = try Self.site(try Self.golden("odd.yml"))
        defer { TestSupport.cleanUp(site) }
        let entry = PressEntry(
            url: "https://paper.example/hostile", title: value, outlet: value, date: ContentDate(year: 2024, month: 6, day: 1),
            quote: value)
        _ = try LinksManifestEditor(siteDirectory: site, workingDirectory: site).add(.press(entry))
        let manifest = try LinksManifestLoader().load(YAMLSource(file: "links.yml", text: try Self.linksText(site)))
        let added = try #require(manifest.press.last)
        #expect(added.title == value.replacingOccurrences(of: "\r\n", with: "\n") || added.title == value)
        #expect(added.outlet == added.title)
        #expect(added.quote == added.title)
    }

    // MARK: Issue 9

    @Test func aPressEditWorksBesideAnEmptyProfilesListWrittenOnOneLine() throws {
        let text = "profiles: []\npress:\n  - url: https://a.example/x\n    title: T\n    outlet: O\n    date: 2024-01-01\n"
        let site = try Self.site(text)
        defer { TestSupport.cleanUp(site) }
        let editor = LinksManifestEditor(siteDirectory: site, workingDirectory: site)
        _ = try editor.add(.press(Self.pressEntry))
        #expect(try Self.linksText(site).hasPrefix(text))
        _ = try editor.remove("https://a.example/x", from: "press")
        let manifest = try LinksManifestLoader().load(YAMLSource(file: "links.yml", text: try Self.linksText(site)))
        #expect(manifest.press.map(\.url) == ["https://paper.example/c"])
        #expect(try Self.linksText(site).hasPrefix("profiles: []\npress:\n"))
    }

    @Test func aProfileEditWorksBesideAnEmptyPressListWrittenOnOneLine() throws {
        let text = "press: []\nprofiles:\n  - url: https://a.example/@me\n"
        let site = try Self.site(text)
        defer { TestSupport.cleanUp(site) }
        _ = try LinksManifestEditor(siteDirectory: site, workingDirectory: site).add(.profile(url: "https://b.example/@me", label: nil))
        #expect(try Self.linksText(site) == text + "  - url: https://b.example/@me\n")
    }

    @Test func theListBeingEditedIsStillRefusedWhenWrittenOnOneLine() throws {
        let text = "press: []\nprofiles:\n  - url: https://a.example/@me\n"
        let site = try Self.site(text)
        defer { TestSupport.cleanUp(site) }
        let error = #expect(throws: DiagnosticsError.self) {
            _ = try LinksManifestEditor(siteDirectory: site, workingDirectory: site).add(.press(Self.pressEntry))
        }
        #expect(error?.diagnostics.first?.description.hasPrefix("links.yml:1:1: error: `press:` is written on one line") == true)
        #expect(try Self.linksText(site) == text)
    }

    @Test func aByteOrderMarkIsKept() throws {
        let site = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(site) }
        let file = site.appendingPathComponent("links.yml")
        try Data([0xEF, 0xBB, 0xBF] + Array("profiles:\n  - url: https://a.example/@me\n".utf8)).write(to: file)
        let editor = LinksManifestEditor(siteDirectory: site, workingDirectory: site)
        _ = try editor.add(.profile(url: "https://b.example/@me", label: nil))
        #expect(
            try Data(contentsOf: file)
                == Data([0xEF, 0xBB, 0xBF] + Array("profiles:\n  - url: https://a.example/@me\n  - url: https://b.example/@me\n".utf8)))
        _ = try editor.remove("https://a.example/@me", from: "profiles")
        #expect(try Data(contentsOf: file) == Data([0xEF, 0xBB, 0xBF] + Array("profiles:\n  - url: https://b.example/@me\n".utf8)))
    }

    @Test func mixedLineEndsAreKeptAndNewLinesTakeTheirNeighboursEnd() throws {
        let text =
            "# notes\r\nprofiles:\n  - url: https://a.example/@me\r\n\npress:\r\n  - url: https://n.example/a\r\n    title: T\r\n    outlet: O\r\n    date: 2024-01-01\r\n"
        let site = try Self.site(text)
        defer { TestSupport.cleanUp(site) }
        let editor = LinksManifestEditor(siteDirectory: site, workingDirectory: site)
        _ = try editor.add(.profile(url: "https://b.example/@me", label: nil))
        let afterProfile =
            "# notes\r\nprofiles:\n  - url: https://a.example/@me\r\n  - url: https://b.example/@me\r\n\npress:\r\n  - url: https://n.example/a\r\n    title: T\r\n    outlet: O\r\n    date: 2024-01-01\r\n"
        #expect(try Self.linksText(site) == afterProfile)
        _ = try editor.remove("https://n.example/a", from: "press")
        #expect(try Self.linksText(site) == "# notes\r\nprofiles:\n  - url: https://a.example/@me\r\n  - url: https://b.example/@me\r\n\npress:\r\n")
    }

    @Test func aFileWithoutAFinalLineEndGetsOneBeforeTheNewEntryOnly() throws {
        let text = "profiles:\n  - url: https://a.example/@me"
        let site = try Self.site(text)
        defer { TestSupport.cleanUp(site) }
        let editor = LinksManifestEditor(siteDirectory: site, workingDirectory: site)
        _ = try editor.add(.profile(url: "https://b.example/@me", label: nil))
        #expect(try Self.linksText(site) == "profiles:\n  - url: https://a.example/@me\n  - url: https://b.example/@me\n")
    }

    @Test(arguments: [
        PressEntry(url: "https://paper.example/c", title: "   ", outlet: "O", date: ContentDate(year: 2024, month: 6, day: 1)),
        PressEntry(url: "https://paper.example/c", title: "a\u{1}b", outlet: "O", date: ContentDate(year: 2024, month: 6, day: 1)),
        PressEntry(url: "https://paper.example/c", title: "T", outlet: "O\r\nX", date: ContentDate(year: 2024, month: 6, day: 1)),
    ])
    func blankFieldsAndControlCharactersAreRefusedPlainly(_ entry: PressEntry) throws {
        let site = try Self.site(try Self.golden("odd.yml"))
        defer { TestSupport.cleanUp(site) }
        let error = #expect(throws: DiagnosticsError.self) {
            _ = try LinksManifestEditor(siteDirectory: site, workingDirectory: site).add(.press(entry))
        }
        let message = error?.diagnostics.first?.message ?? ""
        #expect(!message.contains("please report"))
        #expect(message.contains("blank") || message.contains("control character"), "\(message)")
        #expect(try Self.linksText(site) == (try Self.golden("odd.yml")))
    }
}

import Foundation
import Testing

@testable import SiteGenCore
@testable import SiteGenManifest

/// Where the owner's comments go when the commands edit links.yml: a golden
/// pair of files per case in `Fixtures/links-comments/` (`NAME.before.yml`,
/// `NAME.after.yml`), the edits to make in the table below. Every case runs
/// twice, with the files' line ends and with Windows ones (CRLF).
@Suite("Manifest: comments stay with their entries")
struct LinksCommentsTests {
    static let folder = TestSupport.packageRoot.appendingPathComponent("Tests/SiteGenTests/Fixtures/links-comments")

    enum Operation: Sendable, CustomStringConvertible {
        case remove(String, from: String)
        case addProfile(String)
        case addPress(PressEntry)
        case setArchive(String, of: String, in: String)

        func run(_ editor: LinksManifestEditor) throws {
            switch self {
            case .remove(let url, let section): _ = try editor.remove(url, from: section)
            case .addProfile(let url): _ = try editor.add(.profile(url: url, label: nil))
            case .addPress(let entry): _ = try editor.add(.press(entry))
            case .setArchive(let archive, let url, let section): _ = try editor.set(.archive(archive), ofEntry: url, in: section)
            }
        }

        var description: String {
            switch self {
            case .remove(let url, let section): "remove \(url) from \(section)"
            case .addProfile(let url): "add the profile \(url)"
            case .addPress(let entry): "add the press mention \(entry.url)"
            case .setArchive(_, let url, _): "set the archive of \(url)"
            }
        }
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var operations: [Operation]
        var testDescription: String { name }
    }

    static let radio = PressEntry(
        url: "https://radio.example/b", title: "On the radio", outlet: "Radio", date: ContentDate(year: 2023, month: 6, day: 1))

    static let cases: [Case] = [
        // A block of three comment lines, two of them at the left margin, above a middle entry.
        Case(name: "middle-comment-block", operations: [.remove("https://www.instagram.com/kapsalonlotte", from: "profiles")]),
        // A comment with a blank line under it is about what follows, not one entry: it stays.
        Case(name: "blank-line-keeps-comment", operations: [.remove("https://www.instagram.com/kapsalonlotte", from: "profiles")]),
        // A comment under `profiles:` followed by a blank line is about the list: it stays.
        Case(name: "list-head-comment", operations: [.remove("https://www.instagram.com/kapsalonlotte", from: "profiles")]),
        // A comment right under `profiles:` and right above the first entry is the entry's.
        Case(name: "first-entry", operations: [.remove("https://mastodon.social/@kapsalonlotte", from: "profiles")]),
        // The last entry goes with its comments; the next key's comments stay, one blank line before them.
        Case(name: "last-entry", operations: [.remove("https://www.tiktok.com/@kapsalonlotte", from: "profiles")]),
        Case(name: "trailing-comments", operations: [.remove("https://www.instagram.com/kapsalonlotte", from: "profiles")]),
        // A comment indented under the entry above, but right above this one, is this one's.
        Case(name: "indented-comment", operations: [.remove("https://www.facebook.com/kapsalonlotte", from: "profiles")]),
        Case(name: "press-middle", operations: [.remove("https://radio.example/b", from: "press")]),
        Case(
            name: "press-first-and-last",
            operations: [.remove("https://news.example/a", from: "press"), .remove("https://magazine.example/c", from: "press")]),
        // A new key goes into its entry, above the next entry's comment.
        Case(
            name: "archive-set",
            operations: [
                .setArchive(
                    "https://web.archive.org/web/2024/https://www.instagram.com/kapsalonlotte", of: "https://www.instagram.com/kapsalonlotte",
                    in: "profiles")
            ]),
        // A list whose entries are apart gets its new entry apart too.
        Case(name: "add-blank-separated", operations: [.addProfile("https://www.tiktok.com/@kapsalonlotte")]),
        // The report of issue 14: after a few removes and adds, every comment is still above its own entry.
        Case(
            name: "removes-and-adds",
            operations: [
                .remove("https://mastodon.social/@kapsalonlotte", from: "profiles"),
                .addProfile("https://www.tiktok.com/@kapsalonlotte"),
                .remove("https://www.facebook.com/kapsalonlotte", from: "profiles"),
                .addProfile("https://www.youtube.com/@kapsalonlotte"),
                .remove("https://news.example/a", from: "press"),
                .addPress(radio),
            ]),
    ]

    static func text(_ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    static func edited(_ before: String, by operations: [Operation]) throws -> String {
        let site = try LinksEditingTests.site(before)
        defer { TestSupport.cleanUp(site) }
        let editor = LinksManifestEditor(siteDirectory: site, workingDirectory: site)
        for operation in operations { try operation.run(editor) }
        return try LinksEditingTests.linksText(site)
    }

    @Test(arguments: cases)
    func theFileAfterTheEditsIsTheGoldenOne(_ example: Case) throws {
        let before = try Self.text("\(example.name).before.yml")
        let after = try Self.text("\(example.name).after.yml")
        #expect(try Self.edited(before, by: example.operations) == after)
    }

    @Test(arguments: cases)
    func windowsLineEndsGiveTheSameResult(_ example: Case) throws {
        func crlf(_ text: String) -> String { text.replacingOccurrences(of: "\n", with: "\r\n") }
        let before = crlf(try Self.text("\(example.name).before.yml"))
        let after = crlf(try Self.text("\(example.name).after.yml"))
        #expect(try Self.edited(before, by: example.operations) == after)
    }

    /// The blank line at the end of a `|+` value is part of the value, not
    /// space between entries: it stays when the entry after it goes.
    @Test func aBlankLineKeptByABlockValueIsNotSpaceBetweenEntries() throws {
        let first = "press:\n  - url: https://news.example/a\n    title: A\n    outlet: News\n    date: 2024-01-01\n    quote: |+\n      Kept\n\n"
        let second = "  - url: https://news.example/b\n    title: B\n    outlet: News\n    date: 2024-01-02\n"
        let site = try LinksEditingTests.site(first + second)
        defer { TestSupport.cleanUp(site) }
        let editor = LinksManifestEditor(siteDirectory: site, workingDirectory: site)
        _ = try editor.remove("https://news.example/b", from: "press")
        #expect(try LinksEditingTests.linksText(site) == first)
        #expect(try editor.manifest().press.first?.quote == "Kept\n\n")
    }

    /// Each entry of each fixture, removed alone, with both kinds of line
    /// ends: the edit reads back (the editor checks it) and leaves no two
    /// blank lines in a row where there were none.
    @Test func everyEntryOfEveryFixtureIsRemovedWithoutADoubleBlankLine() throws {
        let root = TestSupport.packageRoot
        var files = [
            root.appendingPathComponent("site-example/links.yml"), root.appendingPathComponent("Tests/SiteGenTests/Fixtures/links-editing/odd.yml"),
        ]
        files += Self.cases.map { Self.folder.appendingPathComponent("\($0.name).before.yml") }
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            let manifest = try LinksManifestLoader().load(YAMLSource(file: "links.yml", text: text))
            let entries = manifest.profiles.map { ("profiles", $0.url) } + manifest.press.map { ("press", $0.url) }
            for (section, url) in entries {
                for lineEnd in ["\n", "\r\n"] {
                    let before = text.replacingOccurrences(of: "\n", with: lineEnd)
                    let after = try Self.edited(before, by: [.remove(url, from: section)])
                    let doubleBlank = lineEnd + lineEnd + lineEnd
                    #expect(
                        !after.contains(doubleBlank) || before.contains(doubleBlank),
                        "\(file.lastPathComponent): removing \(url) left two blank lines")
                }
            }
        }
    }

    /// Every case has its two files, and no file is left without a case.
    @Test func everyGoldenFileHasItsCase() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).sorted()
        let expected = Self.cases.flatMap { ["\($0.name).after.yml", "\($0.name).before.yml"] }.sorted()
        #expect(names == expected)
    }
}

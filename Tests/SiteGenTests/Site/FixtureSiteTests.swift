import Foundation
import Testing

@testable import SiteGen
@testable import SiteGenCore

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The deliberately broken sites of `Tests/SiteGenTests/Fixtures/`: each must
/// fail with exactly the errors listed in its `expected-errors.txt`, each
/// followed by its notes.
@Suite("Site: broken fixtures")
struct BrokenFixtureTests {
    static let brokenSites = [
        "bad-yaml", "wrong-type", "missing-link", "duplicate-output", "missing-partial", "unknown-variable",
        "multiple-errors", "static-collision", "draft-link", "missing-template", "bad-links", "bad-business",
        "no-address", "bad-addresses", "wide-table", "missing-file", "broken-fragment",
        // Hostile input in a site's own files (issue 9): YAML alias bombs,
        // control characters, unsafe image addresses.
        "validation-alias-bomb", "validation-extra-bomb", "validation-control-characters", "validation-unsafe-image",
        // Sites in several languages (issue 16): unknown languages, translations claimed twice.
        "bad-languages", "bad-translations",
    ]

    @Test(arguments: brokenSites)
    func failsWithTheExpectedErrors(_ name: String) throws {
        let site = TestSupport.fixture(name)
        let expected = try String(contentsOf: site.appendingPathComponent("expected-errors.txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        // In memory at the fixture's own path, so that the messages name the same files.
        let files = try InMemoryBuild.copy(of: site)
        let target = InMemoryBuild.output
        let error = #expect(throws: DiagnosticsError.self) { try InMemoryBuild.build(site, in: files, into: target) }
        // One line per diagnostic and one per note, as the command prints them.
        let errors = error?.diagnostics.filter { $0.severity == .error }.flatMap { $0.description.split(separator: "\n").map(String.init) } ?? []
        #expect(errors == expected)
        #expect(files.kind(target) == .none, "a failed build must not create the output")
        #expect(try files.contents(target.deletingLastPathComponent()).isEmpty, "the staging folder must be removed")
    }

    /// One mistake the `multiple-errors` site makes: where, what sitegen
    /// says, and the text found at that place in the file.
    struct Mistake: Sendable {
        var file: String
        var line: Int
        var column: Int
        var message: String
        /// What the file holds from the column on; empty where the mistake is a missing end.
        var text: String
    }

    /// Mistakes in five files read by different steps (the site's settings,
    /// each page's front matter, a template): a build that stopped at the
    /// first failing file or step would report only some of them.
    static let mistakes = [
        Mistake(file: "content/index.md", line: 3, column: 9, message: #"weight: "heavy" is not a whole number"#, text: "heavy"),
        Mistake(
            file: "content/news/first.md", line: 2, column: 17,
            message: "YAML syntax: found unexpected end of stream (while scanning a quoted scalar)", text: ""),
        Mistake(
            file: "content/news/second.md", line: 3, column: 7,
            message: #"date: "2024-02-30" is not a date (expected YYYY-MM-DD, optionally with a time: 2024-05-01T09:30:00+02:00)"#,
            text: "2024-02-30"),
        Mistake(file: "content/news/second.md", line: 4, column: 8, message: #"draft: "maybe" is not true or false"#, text: "maybe"),
        Mistake(
            file: "content/news/second.md", line: 5, column: 8,
            message: "image: an image needs `image_alt:`, a short description for people who cannot see it", text: "/images/a.jpg"),
        Mistake(
            file: "site.yml", line: 2, column: 6,
            message: #"url: "ftp://shop.example/" is not an absolute http: or https: address such as https://www.example.com/"#,
            text: "ftp://shop.example/"),
        Mistake(
            file: "templates/page.mustache", line: 3, column: 1,
            message: #""page.content" is HTML made by sitegen; write {{{page.content}}} so that it is not escaped twice"#,
            text: "{{page.content}}"),
    ]

    /// Built on the disk, as `sitegen build` does, once: every file's
    /// mistake comes back from that one build, at the place in the file
    /// where the wrong text is.
    @Test func reportsEveryErrorOfOneBuildAcrossFiles() throws {
        let site = TestSupport.fixture("multiple-errors")
        let output = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(output) }
        let target = output.appendingPathComponent("public")
        let error = #expect(throws: DiagnosticsError.self) { try TestSupport.build(site, into: target) }
        let errors = error?.diagnostics.filter { $0.severity == .error } ?? []
        #expect(Set(errors.map(\.location.file)).count == 5, "\(errors)")
        for mistake in Self.mistakes {
            let location = SourceLocation(file: mistake.file, line: mistake.line, column: mistake.column)
            #expect(errors.contains { $0.location == location && $0.message == mistake.message }, "\(location.description) is not reported")
            // The place named is the wrong text itself (columns count Unicode scalars).
            let lines = try String(contentsOf: site.appendingPathComponent(mistake.file), encoding: .utf8).components(separatedBy: "\n")
            let line = try #require(lines.dropFirst(mistake.line - 1).first, "\(location.description): no such line")
            let rest = String(line.unicodeScalars.dropFirst(mistake.column - 1))
            #expect(rest.hasPrefix(mistake.text), "\(location.description) shows \"\(rest)\"")
            if mistake.text.isEmpty { #expect(line.unicodeScalars.count == mistake.column - 1, "\(location.description) is not the line's end") }
        }
        #expect(errors.count == Self.mistakes.count, "\(errors)")
        #expect(FileSystem.live.kind(target) == .none, "a failed build must not create the output")
    }
}

/// Built in memory: these read pages back and need no disk.
@Suite("Site: good fixtures")
struct GoodFixtureTests {
    /// Builds a fixture copied into memory; returns the file system holding its output.
    static func build(_ name: String) throws -> (files: FileSystem, report: BuildReport) {
        let files = try InMemoryBuild.copy(of: TestSupport.fixture(name))
        return (files, try InMemoryBuild.build(TestSupport.fixture(name), in: files))
    }

    @Test func escapesMarkupAndQuotesFromFrontMatter() throws {
        let files = try Self.build("escaping").files
        let html = try InMemoryBuild.text(files, "tricky/index.html")
        let escapedTitle = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Fish &amp; &quot;Chips&quot;"
        #expect(html.contains("<h1>\(escapedTitle)</h1>"))
        #expect(html.contains("<title>\(escapedTitle) – Fixture Shop</title>"))
        #expect(html.contains(#"<meta name="description" content="Tom&#39;s &lt;b&gt;best&lt;/b&gt; &amp; &quot;only&quot; fish">"#))
        #expect(!html.contains("<script>alert('x')"))
        // The menu on another page shows the same title escaped.
        #expect(try InMemoryBuild.text(files, "index.html").contains(">\(escapedTitle)</a>"))
        // Raw HTML in the owner's Markdown is kept (a filtered <script> here would be a warning: see EscapedTagWarningTests).
        #expect(html.contains("<em>raw HTML</em>"))
    }

    @Test func siteTemplatesReplaceTheThemeFileByFileAndAddNewOnes() throws {
        let files = try Self.build("overrides").files
        let card = try InMemoryBuild.text(files, "card/index.html")
        // The page chose its own template, which reads an extra front matter key.
        #expect(card.contains(#"<p class="dish">Leek pie</p>"#))
        // The site's footer replaced the theme's; the theme's header is still there.
        #expect(card.contains("<footer><p>Our own footer for Fixture Shop</p></footer>"))
        #expect(card.contains(#"<a class="skip-link""#))
        #expect(!card.contains(#"class="site-footer""#))
        // slug: renames the address, and links to the file follow it.
        #expect(files.kind(InMemoryBuild.output.appendingPathComponent("new-name/index.html")) == .file)
        #expect(try InMemoryBuild.text(files, "index.html").contains(#"<a href="/new-name/">the old page</a>"#))
    }

    @Test func copiesStaticFilesAsTheyAreWithDotFolders() throws {
        let (files, report) = try Self.build("static-files")
        let source = TestSupport.fixture("static-files").appendingPathComponent("static")
        for path in [".well-known/security.txt", "files/price list.pdf"] {
            #expect(try files.read(InMemoryBuild.output.appendingPathComponent(path)) == Data(contentsOf: source.appendingPathComponent(path)))
        }
        #expect(report.staticFileCount == 2)
    }
}

/// Content that is hostile or careless: pasted snippets, a checkout from
/// someone else, a folder nobody can read.
@Suite("Site: hostile content")
struct HostileContentTests {
    @Test func pastedScriptIsRemovedWithAWarningAtItsPlace() throws {
        let output = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(output) }
        let report = try TestSupport.build(TestSupport.fixture("unsafe-content"), into: output)
        let html = try TestSupport.text(output, "news/vectors/index.html")
        #expect(!html.lowercased().contains("javascript:"))
        #expect(!html.lowercased().contains("vbscript:"))
        #expect(!html.contains("data:image"))
        #expect(!html.contains("file:///"))
        #expect(!html.contains("attacker.example"))
        #expect(html.wholeMatch(of: /(?s).*\son[a-z]+\s*=.*/) == nil, "an event handler is left")
        #expect(RawHTMLSanitizerTests.dangers(in: html).isEmpty)
        // Links keep their text; safe markup is kept as written.
        for kept in [
            "a script link.</p>", "Mixed case", "spaced</a>", "split</a>", "styled</p>", "animated", "alt=\"tracking pixel\"",
            #"<a href="https://example.org/">harmless link</a>"#,
            #"<div class="note">A safe block, <a href="https://example.org/" title="kept">kept</a>.</div>"#,
        ] {
            #expect(html.contains(kept), "\(kept)")
        }
        #expect(!html.contains("<style"))
        let feed = try TestSupport.text(output, "feed.xml")
        #expect(!feed.lowercased().contains("javascript:"))
        #expect(!feed.contains("onerror"))

        let warnings = report.warnings.map(\.description)
        for expected in [
            "content/news/vectors.md:5:45: warning: removed a link to a javascript: address, keeping its text",
            "content/news/vectors.md:7:1: warning: removed a link to a javascript: address",
            "content/news/vectors.md:7:36: warning: removed a link to a javascript: address",
            "content/news/vectors.md:7:80: warning: removed a link to a vbscript: address",
            "content/news/vectors.md:8:1: warning: removed a link to a file: address",
            "content/news/vectors.md:8:34: warning: removed an image at a data: address",
            "content/news/vectors.md:10:19: warning: removed onerror= from <img>",
            "content/news/vectors.md:10:44: warning: removed href= from <a>",
            "content/news/vectors.md:10:92: warning: removed onload= from <svg>",
            "content/news/vectors.md:12:6: warning: removed src= from <img>",
            "content/news/vectors.md:15:14: warning: removed onerror= from <img>",
            "content/news/vectors.md:16:4: warning: removed href= from <a>",
            "content/news/vectors.md:18:10: warning: removed xlink:href= from <a>",
            "content/news/vectors.md:19:6: warning: removed src= from <img>",
            "content/news/vectors.md:20:1: warning: removed <meta>",
            "content/news/vectors.md:21:1: warning: removed <base>",
            "content/news/vectors.md:22:4: warning: removed style= from <p>",
            "content/news/vectors.md:23:37: warning: removed values= from <animate>",
            "content/news/vectors.md:24:15: warning: removed ontoggle= from <details>",
            "content/news/vectors.md:25:24: warning: removed onerror= from <img>",
        ] {
            #expect(warnings.contains { $0.hasPrefix(expected) }, "\(expected)")
        }
    }

    @Test func theCommandPrintsTheWarningsAndSucceeds() throws {
        let output = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(output) }
        let result = try CommandLineTests.run(["build", "--output", output.path], in: TestSupport.fixture("unsafe-content"))
        #expect(result.status == 0)
        #expect(result.stderr.contains("content/news/vectors.md:10:19: warning: removed onerror= from <img>: event handlers run script"))
    }

    /// 4,000 columns x 500 rows took 21 s before: the table is refused before libcmark-gfm splits it.
    @Test func aTableOfThousandsOfColumnsIsRefusedAtOnce() throws {
        let site = try TestSupport.copyOfSite(TestSupport.fixture("wide-table"))
        defer { TestSupport.cleanUp(site.deletingLastPathComponent()) }
        try FileManager.default.removeItem(at: site.appendingPathComponent("content/long-row.md"))
        var markdown = "---\ntitle: Huge\n---\n\n"
        let row = String(repeating: "| x ", count: 4_000) + "|\n"
        markdown += row + String(repeating: "|---", count: 4_000) + "|\n" + String(repeating: row, count: 500)
        try markdown.write(to: site.appendingPathComponent("content/wide.md"), atomically: true, encoding: .utf8)
        let start = ContinuousClock.now
        let error = #expect(throws: DiagnosticsError.self) { try TestSupport.build(site, into: site.appendingPathComponent("public")) }
        #expect(ContinuousClock.now - start < .seconds(10))
        #expect(
            error?.diagnostics.map(\.description) == [
                "content/wide.md:5:1: error: this table row has 4000 cells; tables of more than 256 columns are refused, as they take minutes to render and no visitor can read them: split the table"
            ])
    }

    @Test func controlCharactersAreRemovedFromPageTextWithAWarning() throws {
        let output = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(output) }
        let report = try TestSupport.build(TestSupport.fixture("control-characters"), into: output)
        #expect(
            report.warnings.map(\.description) == [
                "content/news/pasted.md:7:5: warning: removed 4 invisible control characters (U+0008, U+000B, U+001B) from the text: they make feed.xml unreadable and are not allowed in HTML",
                "content/news/pasted.md:9:7: warning: removed an invisible control character (U+000C) from the text: they make feed.xml unreadable and are not allowed in HTML",
            ])
        for path in ["feed.xml", "news/pasted/index.html", "index.html"] {
            let text = try TestSupport.text(output, path)
            #expect(!text.unicodeScalars.contains { ControlCharacters.isRemoved($0) }, "\(path)")
        }
        let feed = try Data(contentsOf: output.appendingPathComponent("feed.xml"))
        #expect(XMLParser(data: feed).parse(), "feed.xml must be well-formed XML")
        #expect(try TestSupport.text(output, "news/pasted/index.html").contains("Café crème and [1mbold[0m."))
    }

    /// Like rsync's --safe-links with --copy-links: links inside the site are
    /// followed, others are reported at their path and not published.
    @Test func symbolicLinksInsideTheSiteAreFollowedAndOthersReported() throws {
        let site = try TestSupport.copyOfSite(TestSupport.fixture("static-files"))
        let outside = site.deletingLastPathComponent().appendingPathComponent("private")
        defer { TestSupport.cleanUp(site.deletingLastPathComponent()) }
        let manager = FileManager.default
        try manager.createDirectory(at: outside, withIntermediateDirectories: true)
        try "secret".write(to: outside.appendingPathComponent("key.txt"), atomically: true, encoding: .utf8)
        try "---\ntitle: Secret\n---\nsecret page".write(to: outside.appendingPathComponent("secret.md"), atomically: true, encoding: .utf8)
        try manager.createDirectory(at: site.appendingPathComponent("shared/photos"), withIntermediateDirectories: true)
        try "---\ntitle: Shared\n---\nShared page.".write(to: site.appendingPathComponent("shared/page.md"), atomically: true, encoding: .utf8)
        try "pdf".write(to: site.appendingPathComponent("shared/photos/shop.pdf"), atomically: true, encoding: .utf8)
        func link(_ path: String, to target: String) throws {
            try manager.createSymbolicLink(atPath: site.appendingPathComponent(path).path, withDestinationPath: target)
        }
        try link("content/shared.md", to: "../shared/page.md")
        try link("content/secret.md", to: outside.appendingPathComponent("secret.md").path)
        try link("static/photos", to: "../shared/photos")
        try link("static/keys", to: outside.path)
        try link("static/key.txt", to: "../../private/key.txt")
        try link("static/gone.txt", to: "nowhere.txt")
        try link("static/files/again", to: "..")

        let output = site.appendingPathComponent("public")
        let report = try TestSupport.build(site, into: output)
        #expect(try TestSupport.text(output, "shared/index.html").contains("Shared page."))
        #expect(try Data(contentsOf: output.appendingPathComponent("photos/shop.pdf")) == Data("pdf".utf8))
        let photos = try manager.attributesOfItem(atPath: output.appendingPathComponent("photos/shop.pdf").path)
        #expect(photos[.type] as? FileAttributeType == .typeRegular, "a copy, not a link")
        for path in ["secret/index.html", "keys", "key.txt", "gone.txt", "files/again"] {
            #expect(!manager.fileExists(atPath: output.appendingPathComponent(path).path), "\(path)")
        }
        let warnings = report.warnings.map(\.description)
        let real = outside.resolvingSymlinksInPath().path
        for expected in [
            "content/secret.md: warning: not published: a symbolic link to \(real)/secret.md, outside the site",
            "static/keys: warning: not published: a symbolic link to \(real), outside the site",
            "static/key.txt: warning: not published: a symbolic link to \(real)/key.txt, outside the site",
            "static/gone.txt: warning: not published: a symbolic link to nowhere.txt, which does not exist",
            "static/files/again: warning: not followed: a symbolic link to",
        ] {
            #expect(warnings.contains { $0.hasPrefix(expected) }, "\(expected) in \(warnings)")
        }
    }

    /// Found by the adversarial re-test: links that stay inside the site
    /// published its .git, its .env, its settings and the previous output.
    @Test func linksToWhatASiteNeverPublishesAreNotFollowed() throws {
        let site = try TestSupport.copyOfSite(TestSupport.fixture("static-files"))
        defer { TestSupport.cleanUp(site.deletingLastPathComponent()) }
        let manager = FileManager.default
        try "API_KEY=s3cret".write(to: site.appendingPathComponent(".env"), atomically: true, encoding: .utf8)
        try manager.createDirectory(at: site.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try "[remote]".write(to: site.appendingPathComponent(".git/config"), atomically: true, encoding: .utf8)
        let output = site.appendingPathComponent("public")
        try TestSupport.build(site, into: output)
        func link(_ path: String, to target: String) throws {
            try manager.createSymbolicLink(atPath: site.appendingPathComponent(path).path, withDestinationPath: target)
        }
        try link("static/g", to: "../.git")
        try link("static/e.txt", to: "../.env")
        try link("static/settings.yml", to: "../site.yml")
        try link("static/previous", to: "../public")
        try link("static/src", to: "../content")
        try link("content/up", to: "..")
        let report = try TestSupport.build(site, into: output)
        for path in ["g", "e.txt", "settings.yml", "previous", "src/up"] {
            #expect(!manager.fileExists(atPath: output.appendingPathComponent(path).path), "\(path)")
        }
        let warnings = report.warnings.map(\.description)
        for path in ["static/g", "static/e.txt", "static/settings.yml", "static/previous", "content/up"] {
            #expect(
                warnings.contains { $0.hasPrefix("\(path): warning: not published: a symbolic link to") && $0.contains("never publishes") },
                "\(path) in \(warnings)")
        }
    }

    /// Run as an ordinary user: root reads any folder.
    @Test func anUnreadableContentFolderIsAnError() throws {
        let root = TestSupport.temporaryDirectory()
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: root.appendingPathComponent("site/content/secret").path)
            TestSupport.cleanUp(root)
        }
        let site = root.appendingPathComponent("site")
        try FileManager.default.copyItem(at: TestSupport.fixture("escaping"), to: site)
        let secret = site.appendingPathComponent("content/secret")
        try FileManager.default.createDirectory(at: secret, withIntermediateDirectories: true)
        try "---\ntitle: Hidden\n---\nText.".write(to: secret.appendingPathComponent("page.md"), atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: root.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: site.path)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: secret.path)
        var arguments = ["build", "--output", root.appendingPathComponent("public").path]
        var binary = CommandLineTests.binary
        if getuid() == 0 {
            let copy = root.appendingPathComponent("sitegen")
            try FileManager.default.copyItem(at: binary, to: copy)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: copy.path)
            arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", copy.path] + arguments
            binary = URL(fileURLWithPath: "/usr/bin/setpriv")
        }
        let result = try CommandLineTests.run(arguments, in: site, binary: binary)
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("content/secret: error: cannot read the folder: Permission denied; what it holds would be missing from the site"),
            "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("public").path))
    }
}

import Foundation
import Testing

@testable import SiteGen
@testable import SiteGenCore
@testable import SiteGenManifest

/// `sitegen press` and `sitegen profile` as the owner runs them: refusals
/// that leave the file alone, many processes at once, and processes killed
/// in the middle of writing.
@Suite("Manifest: the press and profile commands")
struct ManifestCommandTests {
    static func site() throws -> URL {
        try LinksEditingTests.site(try LinksEditingTests.golden("odd.yml"))
    }

    static func run(_ arguments: [String], in folder: URL, environment: [String: String] = [:], input: String? = nil) throws
        -> CommandLineTests.Run
    {
        try CommandLineTests.run(arguments, in: folder, environment: environment, input: input)
    }

    @Test func addPrintsTheEntryAndItsLines() throws {
        let site = try Self.site()
        defer { TestSupport.cleanUp(site) }
        let result = try Self.run(
            [
                "press", "add", "https://paper.example/c?utm_source=feed&utm_medium=x&id=7&fbclid=abc",
                "--title", "Le pain", "--outlet", "Le Monde", "--date", "2024-06-01",
            ], in: site)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Added to links.yml, lines 32-35:\n- url: https://paper.example/c?id=7\n"))
        #expect(result.stderr.contains("removed the tracking parameters utm_source, utm_medium, fbclid"))
    }

    @Test(arguments: [
        "javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "ftp://files.example/a", "/relative/path",
        "https://user:secret@news.example/a",
    ])
    func refusesAddressesThatMustNeverBePublished(_ address: String) throws {
        let site = try Self.site()
        defer { TestSupport.cleanUp(site) }
        let before = try LinksEditingTests.linksText(site)
        let result = try Self.run(["press", "add", address, "--title", "T", "--outlet", "O"], in: site)
        #expect(result.status == 1)
        #expect(result.stderr.contains("error:"))
        #expect(try LinksEditingTests.linksText(site) == before)
    }

    @Test func titleAndOutletAreRequiredWithoutFetch() throws {
        let site = try Self.site()
        defer { TestSupport.cleanUp(site) }
        let result = try Self.run(["press", "add", "https://paper.example/c", "--title", "T"], in: site)
        #expect(result.status == 2)
        #expect(result.stderr.contains("--outlet"))
    }

    @Test func badDatesAndLanguagesAreRefused() throws {
        let site = try Self.site()
        defer { TestSupport.cleanUp(site) }
        let before = try LinksEditingTests.linksText(site)
        let date = try Self.run(["press", "add", "https://paper.example/c", "--title", "T", "--outlet", "O", "--date", "2024-02-30"], in: site)
        #expect(date.status == 1)
        #expect(date.stderr.contains("\"2024-02-30\" is not a date"))
        let language = try Self.run(["press", "add", "https://paper.example/c", "--title", "T", "--outlet", "O", "--lang", "French!"], in: site)
        #expect(language.status == 1)
        #expect(try LinksEditingTests.linksText(site) == before)
    }

    /// Today as the command's clock gives it, fixed here far from the real today.
    @Test func theDefaultDateIsToday() throws {
        let site = try Self.site()
        defer { TestSupport.cleanUp(site) }
        let today = BuildClock.fixed(Date(timeIntervalSince1970: 1_935_835_200)).today().isoDay  // 2031-05-06 12:00 UTC
        #expect(today.hasPrefix("2031-05-"))
        let result = try Self.run(
            ["press", "add", "https://paper.example/today", "--title", "T", "--outlet", "O"], in: site,
            environment: ["SITEGEN_TEST_NOW": "1935835200"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("  date: \(today)\n"))
    }

    @Test func dryRunChangesNothing() throws {
        let site = try Self.site()
        defer { TestSupport.cleanUp(site) }
        let before = try LinksEditingTests.linksText(site)
        let result = try Self.run(["press", "add", "https://paper.example/c", "--title", "T", "--outlet", "O", "--dry-run"], in: site)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Would add to links.yml, lines 32-35 (dry run: nothing was changed):"))
        #expect(try LinksEditingTests.linksText(site) == before)
    }

    @Test func listShowsATableOrJSON() throws {
        let site = try Self.site()
        defer { TestSupport.cleanUp(site) }
        let table = try Self.run(["press", "list"], in: site)
        #expect(table.status == 0)
        #expect(table.stdout.hasPrefix("Date        Outlet  Title"))
        let json = try Self.run(["press", "list", "--format", "json"], in: site)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(entries.map { $0["url"] as? String } == ["https://news.example/a", "https://radio.example/b"])
        #expect(entries.first?["line"] as? Int == 15)
        let profiles = try Self.run(["profile", "list", "--format", "json"], in: site)
        let listed = try #require(try JSONSerialization.jsonObject(with: Data(profiles.stdout.utf8)) as? [[String: Any]])
        #expect(listed.map { $0["platform"] as? String } == ["mastodon", "instagram", "bluesky"])
    }

    @Test func mastodonHandlesAndAddressesAreWrittenInTheVerifiedForm() throws {
        let site = try Self.site()
        defer { TestSupport.cleanUp(site) }
        let handle = try Self.run(["profile", "add", "@boulangerie@piaille.fr"], in: site)
        #expect(handle.status == 0)
        #expect(handle.stdout.contains("-   url: https://piaille.fr/@boulangerie\n"))
        let users = try Self.run(["profile", "add", "https://fosstodon.org/users/bakery/"], in: site)
        #expect(users.status == 0)
        #expect(users.stdout.contains("-   url: https://fosstodon.org/@bakery\n"))
        #expect(users.stderr.contains("the form Mastodon's link verification matches"))
        let again = try Self.run(["profile", "add", "https://fosstodon.org/@bakery/"], in: site)
        #expect(again.status == 1)
        #expect(again.stderr.contains("is already listed here"))
    }

    @Test func removeOfAnUnknownAddressIsAnErrorAndChangesNothing() throws {
        let site = try Self.site()
        defer { TestSupport.cleanUp(site) }
        let before = try LinksEditingTests.linksText(site)
        let result = try Self.run(["press", "remove", "https://nowhere.example/"], in: site)
        #expect(result.status == 1)
        #expect(result.stderr.contains("no press mention with the address"))
        #expect(try LinksEditingTests.linksText(site) == before)
    }

    @Test func anAddedArticleAppearsOnThePressPageAndInThePressFeed() throws {
        let site = try TestSupport.copyOfSite(TestSupport.exampleSite)
        defer { TestSupport.cleanUp(site.deletingLastPathComponent()) }
        let added = try Self.run(
            [
                "press", "add", "https://www.example-gazette.fr/rennes/boulangerie-martin-2026", "--title",
                "La boulangerie Martin fête ses 40 ans", "--outlet", "La Gazette", "--date", "2026-11-20",
            ], in: site)
        #expect(added.status == 0)
        let built = try Self.run(["build"], in: site)
        #expect(built.status == 0, "\(built.stderr)")
        let press = try TestSupport.text(site.appendingPathComponent("public"), "press/index.html")
        #expect(press.contains(#"<a href="https://www.example-gazette.fr/rennes/boulangerie-martin-2026">La boulangerie Martin fête ses 40 ans</a>"#))
        let feed = try TestSupport.text(site.appendingPathComponent("public"), "press/feed.xml")
        #expect(feed.contains("<title>La Gazette: La boulangerie Martin fête ses 40 ans</title>"))
    }

    /// Twenty `press add` started at once leave twenty new entries and a valid file.
    @Test func twentyConcurrentAddsLoseNothing() throws {
        let site = try Self.site()
        defer { TestSupport.cleanUp(site) }
        let processes = try (0..<20).map { number -> Process in
            let process = Process()
            process.executableURL = CommandLineTests.binary
            process.arguments = [
                "press", "add", "https://paper.example/\(number)", "--title", "Article \(number)", "--outlet", "Paper",
                "--date", "2024-01-01", "--site", site.path,
            ]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }
        for process in processes { process.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })
        let manifest = try LinksManifestLoader().load(YAMLSource(file: "links.yml", text: try LinksEditingTests.linksText(site)))
        #expect(
            Set(manifest.press.map(\.url))
                == Set((0..<20).map { "https://paper.example/\($0)" } + ["https://news.example/a", "https://radio.example/b"]))
        #expect(manifest.press.count == 22)
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.path) == ["links.yml"])
    }

    /// A process killed after writing the new file but before renaming it
    /// leaves the old file whole; the next edit cleans up and succeeds.
    @Test func aProcessKilledBeforeTheRenameLeavesTheOldFile() throws {
        let site = try Self.site()
        defer { TestSupport.cleanUp(site) }
        let before = try LinksEditingTests.linksText(site)
        let process = Process()
        process.executableURL = CommandLineTests.binary
        process.arguments = ["press", "add", "https://paper.example/killed", "--title", "T", "--outlet", "O", "--site", site.path]
        var environment = ProcessInfo.processInfo.environment
        environment["SITEGEN_TEST_PAUSE_BEFORE_RENAME"] = "30"
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        var temporary: [String] = []
        for _ in 0..<200 where temporary.isEmpty {
            Thread.sleep(forTimeInterval: 0.05)
            temporary = (try? FileManager.default.contentsOfDirectory(atPath: site.path).filter { $0.hasPrefix(".links.yml.sitegen-") }) ?? []
        }
        #expect(!temporary.isEmpty, "the new file was never written")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(try LinksEditingTests.linksText(site) == before)

        let next = try Self.run(["press", "add", "https://paper.example/next", "--title", "T", "--outlet", "O"], in: site)
        #expect(next.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.path) == ["links.yml"])
    }

    /// Killed at moments swept across an edit, it leaves either the old
    /// file or the new one, never a broken one, and the next edit removes
    /// what the killed ones left. The edit's own window, from creating its
    /// temporary file to renaming it, is about a millisecond of a run of
    /// tens: kills at moments after the launch land there by chance only, so
    /// most kills are timed from the moment the temporary file appears,
    /// with delays swept across that millisecond. A kill landed mid-edit
    /// when the killed process's temporary file is still there.
    @Test func processesKilledAtMomentsSweptAcrossAnEditLeaveOldOrNewFiles() throws {
        let site = try Self.site()
        defer { TestSupport.cleanUp(site) }
        var generator = SystemRandomNumberGenerator()
        var killedMidEdit = 0
        var attempts = 0
        var leftByTheLastKill: [String] = []
        // Enough kills to sweep the delays; more, within a bound, until some land mid-edit, the last of them among them.
        while attempts < 60, attempts < 16 || killedMidEdit < 3 || leftByTheLastKill.isEmpty {
            let attempt = attempts
            attempts += 1
            let before = try LinksEditingTests.linksText(site)
            let process = Process()
            process.executableURL = CommandLineTests.binary
            process.arguments = [
                "press", "add", "https://paper.example/random-\(attempt)", "--title", "T", "--outlet", "O",
                "--date", "2024-01-01", "--site", site.path,
            ]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            let prefix = ".links.yml.sitegen-\(process.processIdentifier)-"
            if attempt % 4 == 0 {
                // Anywhere from the launch on: mostly before the edit or after it.
                Thread.sleep(forTimeInterval: Double.random(in: 0...0.04, using: &generator))
            } else {
                let deadline = Date().addingTimeInterval(20)
                while process.isRunning, Date() < deadline, Self.temporaries(in: site, prefix: prefix).isEmpty {}
                usleep(UInt32(attempt % 8) * 150)
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            leftByTheLastKill = Self.temporaries(in: site, prefix: prefix)
            if !leftByTheLastKill.isEmpty { killedMidEdit += 1 }
            let after = try LinksEditingTests.linksText(site)
            let manifest = try LinksManifestLoader().load(YAMLSource(file: "links.yml", text: after))
            #expect(
                after == before
                    || (after.hasPrefix(before.components(separatedBy: "\n# end of file comment")[0])
                        && manifest.press.last?.url == "https://paper.example/random-\(attempt)")
            )
        }
        #expect(
            killedMidEdit >= 1,
            "none of \(attempts) kills landed between writing the new file and renaming it, so this test showed nothing about them")
        #expect(!Self.temporaries(in: site, prefix: ".links.yml.sitegen-").isEmpty, "the last kill left a temporary file")

        let next = try Self.run(["press", "add", "https://paper.example/next", "--title", "T", "--outlet", "O"], in: site)
        #expect(next.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.path) == ["links.yml"], "a temporary file survived the next edit")
    }

    /// Files in `folder` whose names start with `prefix`.
    static func temporaries(in folder: URL, prefix: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasPrefix(prefix) }
    }

    // MARK: Issue 9

    @Test(arguments: [
        (["press", "add", "https://paper.example/c", "--title", "   ", "--outlet", "O"], "--title is blank"),
        (["press", "add", "https://paper.example/c", "--title", "T", "--outlet", ""], "--outlet is empty"),
        (["press", "add", "https://paper.example/c", "--title", "T", "--outlet", "O", "--quote", " \t "], "--quote is blank"),
        (["press", "add", "https://paper.example/c", "--title", "T", "--outlet", "O", "--lang", " "], "--lang is blank"),
        (["press", "add", "https://paper.example/c", "--title", "T", "--outlet", "O", "--date", " "], "--date is blank"),
        (["press", "add", "https://paper.example/c", "--title", "T", "--outlet", "O", "--archive", " "], "--archive is blank"),
        (["press", "add", "  ", "--title", "T", "--outlet", "O"], "the address is blank"),
        (
            ["press", "add", "https://paper.example/c", "--title", "Fresh\u{1}bread", "--outlet", "O"],
            "--title contains the control character U+0001"
        ),
        (["press", "add", "https://paper.example/c", "--title", "T", "--outlet", "O\rX"], "--outlet contains the control character U+000D"),
        (["press", "remove", " "], "the address is blank"),
        (["profile", "add", " "], "the address is blank"),
        (["profile", "add", "https://a.example/@me", "--label", "  "], "--label is blank"),
        (["profile", "remove", ""], "the address is empty"),
        // Invisible characters alone are blank; a stray byte-order mark is refused.
        (["press", "add", "https://paper.example/c", "--title", "\u{200B}", "--outlet", "O"], "--title is blank"),
        (
            ["press", "add", "https://paper.example/c", "--title", "\u{FEFF}Le", "--outlet", "O"],
            "--title contains the invisible byte-order mark U+FEFF"
        ),
        (["press", "add", "https://paper.example/c", "--title", "A\u{FFFE}B", "--outlet", "O"], "--title contains the noncharacter U+FFFE"),
        (["profile", "add", "https://a.example/@me", "--label", "\u{FEFF}"], "--label is blank"),
    ])
    func blankOrControlArgumentsAreRefusedUpFront(_ example: (arguments: [String], message: String)) throws {
        let site = try Self.site()
        defer { TestSupport.cleanUp(site) }
        let before = try LinksEditingTests.linksText(site)
        let result = try Self.run(example.arguments, in: site)
        #expect(result.status == 2)
        #expect(result.stderr.contains(example.message), "\(result.stderr)")
        #expect(!result.stderr.contains("please report"))
        #expect(try LinksEditingTests.linksText(site) == before)
    }

    @Test func pressCommandsWorkBesideAnEmptyProfilesList() throws {
        let site = try LinksEditingTests.site(
            "profiles: []\npress:\n  - url: https://a.example/x\n    title: T\n    outlet: O\n    date: 2024-01-01\n")
        defer { TestSupport.cleanUp(site) }
        let added = try Self.run(["press", "add", "https://b.example/y", "--title", "T2", "--outlet", "O2", "--date", "2024-02-02"], in: site)
        #expect(added.status == 0, "\(added.stderr)")
        let removed = try Self.run(["press", "remove", "https://a.example/x"], in: site)
        #expect(removed.status == 0, "\(removed.stderr)")
        #expect(!removed.stderr.contains("profiles:"))
        let profile = try Self.run(["profile", "add", "https://c.example/@me"], in: site)
        #expect(profile.status == 1)
        #expect(profile.stderr.contains("`profiles:` is written on one line"))
    }

    @Test func profileCommandsWorkBesideAnEmptyPressList() throws {
        let site = try LinksEditingTests.site("press: []\nprofiles:\n  - url: https://a.example/@me\n")
        defer { TestSupport.cleanUp(site) }
        #expect(try Self.run(["profile", "add", "https://b.example/@me"], in: site).status == 0)
        #expect(try Self.run(["profile", "remove", "https://a.example/@me"], in: site).status == 0)
        #expect(try LinksEditingTests.linksText(site) == "press: []\nprofiles:\n  - url: https://b.example/@me\n")
    }

    @Test func aProfileIsRemovedByItsPlatformsNameOrItsHandle() throws {
        let links = """
            profiles:
              - url: https://www.facebook.com/kapsalonlotte
              - url: https://www.instagram.com/kapsalonlotte/
              - url: https://www.instagram.com/lotte.kapt/
              - url: https://mastodon.social/@lotte
            """
        let site = try LinksEditingTests.site(links + "\n")
        defer { TestSupport.cleanUp(site) }
        let byName = try Self.run(["profile", "remove", "Facebook"], in: site)
        #expect(byName.status == 0, "\(byName.stderr)")
        #expect(!(try LinksEditingTests.linksText(site)).contains("facebook.com"))

        // Two Instagram accounts: the name alone does not say which.
        let before = try LinksEditingTests.linksText(site)
        let ambiguous = try Self.run(["profile", "remove", "instagram"], in: site)
        #expect(ambiguous.status == 1)
        #expect(ambiguous.stderr.contains("\"instagram\" names 2 profiles; give the address of the one to remove:"), "\(ambiguous.stderr)")
        #expect(ambiguous.stderr.contains("  https://www.instagram.com/lotte.kapt/"))
        #expect(try LinksEditingTests.linksText(site) == before)

        let byHandle = try Self.run(["profile", "remove", "@lotte.kapt"], in: site)
        #expect(byHandle.status == 0, "\(byHandle.stderr)")
        #expect(!(try LinksEditingTests.linksText(site)).contains("lotte.kapt"))
        #expect(try Self.run(["profile", "remove", "@lotte@mastodon.social"], in: site).status == 0)

        let unknown = try Self.run(["profile", "remove", "TikTok"], in: site)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no profile is named \"TikTok\""))
        #expect(try LinksEditingTests.linksText(site) == "profiles:\n  - url: https://www.instagram.com/kapsalonlotte/\n")
    }

    @Test func aLookAlikeHostIsShownInItsASCIIForm() throws {
        let site = try Self.site()
        defer { TestSupport.cleanUp(site) }
        let added = try Self.run(["profile", "add", "@user@xn--80ak6aa92e.com"], in: site)
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stderr.contains("Recognised: Mastodon, @user@xn--80ak6aa92e.com"), "\(added.stderr)")
        let listed = try Self.run(["profile", "list"], in: site)
        #expect(listed.stdout.contains("@user@xn--80ak6aa92e.com"))
        #expect(!listed.stdout.contains("аррӏе"))
    }

    @Test func aHandleInAnotherCaseIsADuplicate() throws {
        let site = try LinksEditingTests.site("profiles:\n  - url: https://mastodon.social/@x\n")
        defer { TestSupport.cleanUp(site) }
        let result = try Self.run(["profile", "add", "HTTPS://MASTODON.SOCIAL/@X"], in: site)
        #expect(result.status == 1)
        #expect(result.stderr.contains("links.yml:2:5: error: https://mastodon.social/@X is already listed here, as a profile"), "\(result.stderr)")
    }

    @Test(arguments: [
        ("https://paper.example:99999/a", "has the port 99999, which is not between 1 and 65535"),
        ("https://\(String(repeating: "a", count: 300)).example/a", "has a part of 300 characters in its host"),
        ("https://paper.example/a\r\nTEL:+331", "contains the control character U+000D"),
    ])
    func impossibleAddressesAreRefusedPlainly(_ example: (address: String, message: String)) throws {
        let site = try Self.site()
        defer { TestSupport.cleanUp(site) }
        let before = try LinksEditingTests.linksText(site)
        let result = try Self.run(["press", "add", example.address, "--title", "T", "--outlet", "O"], in: site)
        #expect(result.status != 0)
        #expect(result.stderr.contains(example.message), "\(result.stderr)")
        #expect(try LinksEditingTests.linksText(site) == before)
    }

    // MARK: Issue 14, item 4

    /// The address of Instagram's share button, beside the account already listed.
    @Test func theSameAccountWrittenAnotherWayIsRefusedWithTheLineWhereItIs() throws {
        let text = "profiles:\n  - url: https://mastodon.social/@kapsalonlotte\n  - url: https://www.instagram.com/kapsalonlotte\n"
        let site = try LinksEditingTests.site(text)
        defer { TestSupport.cleanUp(site) }
        let result = try Self.run(["profile", "add", "http://instagram.com/kapsalonlotte?igsh=abc123"], in: site)
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "links.yml:3:5: error: https://instagram.com/kapsalonlotte is already listed here, as a profile (written https://www.instagram.com/kapsalonlotte)"
            ), "\(result.stderr)")
        #expect(try LinksEditingTests.linksText(site) == text)
    }

    @Test func aNewProfileIsWrittenInHTTPSWithoutItsTrackingParameter() throws {
        let site = try LinksEditingTests.site("profiles:\n  - url: https://mastodon.social/@kapsalonlotte\n")
        defer { TestSupport.cleanUp(site) }
        let result = try Self.run(["profile", "add", "http://instagram.com/kapsalonlotte?igsh=abc123"], in: site)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("note: removed the tracking parameter igsh from the address\n"), "\(result.stderr)")
        #expect(result.stderr.contains("note: wrote the address with https: instead of http:, the form Instagram gives\n"), "\(result.stderr)")
        #expect(
            try LinksEditingTests.linksText(site)
                == "profiles:\n  - url: https://mastodon.social/@kapsalonlotte\n  - url: https://instagram.com/kapsalonlotte\n")
        // A site sitegen does not know keeps its http: address: it may have no https: one.
        let unknown = try Self.run(["profile", "add", "http://kapsalon-lotte.example/"], in: site)
        #expect(unknown.status == 0, "\(unknown.stderr)")
        #expect(!unknown.stderr.contains("https:"), "\(unknown.stderr)")
        #expect(try LinksEditingTests.linksText(site).hasSuffix("  - url: http://kapsalon-lotte.example/\n"))
    }

    /// Two entries written by hand that are one account: reading links.yml (as the build does) names both lines.
    @Test func oneAccountWrittenTwiceByHandIsReportedAtBothLines() throws {
        let site = try LinksEditingTests.site(
            "profiles:\n  - url: https://www.instagram.com/kapsalonlotte\n  - url: http://instagram.com/KapsalonLotte?igsh=abc123\n")
        defer { TestSupport.cleanUp(site) }
        let result = try Self.run(["profile", "list"], in: site)
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "links.yml:3:5: error: profiles[1].url: http://instagram.com/KapsalonLotte?igsh=abc123 is already listed as profiles[0]"),
            "\(result.stderr)")
        #expect(result.stderr.contains("links.yml:2:5: note: first listed here, as profiles[0]"), "\(result.stderr)")
    }
}

import Foundation
import Testing

/// `sitegen init` as an owner runs it: with flags only (a script), with
/// questions at a terminal, and for the example.
@Suite struct InitCommandTests {
    static let salonFlags = [
        "--name", "Kapsalon Lotte", "--type", "HairSalon", "--language", "nl", "--street", "Dansaertstraat 12", "--postal-code", "1000",
        "--city", "Brussel", "--country", "BE", "--telephone", "+32 2 123 45 67", "--email", "info@kapsalonlotte.be",
    ]

    @Test func flagsOnlyMakeASiteThatBuilds() throws {
        let root = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(root) }
        let made = try CommandLineTests.run(["init", "kapsalon"] + Self.salonFlags, in: root)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stdout.contains("Created a site for Kapsalon Lotte in kapsalon (8 files)."))
        #expect(made.stdout.contains("sitegen check --site kapsalon"))
        let built = try CommandLineTests.run(["build", "--site", "kapsalon"], in: root)
        #expect(built.status == 0, "\(built.stderr)")
        #expect(built.stderr.contains("kapsalon/site.yml:19:7: warning: logo: kapsalon/static/images/logo.svg is still the placeholder"))
    }

    @Test func withoutATerminalTheNameIsNeeded() throws {
        let root = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(root) }
        let refused = try CommandLineTests.run(["init", "site"], in: root, input: "")
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("init needs --name"))
        #expect(refused.stderr.contains("--example"))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("site").path))
    }

    @Test func aWrongFlagIsRefusedByNameAndNothingIsWritten() throws {
        let root = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(root) }
        let refused = try CommandLineTests.run(["init", "site", "--name", "Lotte", "--type", "HairSalone"], in: root, input: "")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("--type: error: \"HairSalone\" is not a schema.org type"))
        #expect(refused.stderr.contains("HairSalon"), "a suggestion")
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("site").path))
    }

    /// At a terminal: every question, a refused telephone number asked again,
    /// Enter for the defaults (the language and country from LANG).
    @Test func theQuestionsAtATerminal() throws {
        let root = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(root) }
        let answers = ["Kapsalon Lotte", "HairSalon", "", "Dansaertstraat 12", "1000", "Brussel", "", "12", "+32 2 123 45 67", "", "y"]
        let made = try CommandLineTests.run(
            ["init", "site"], in: root, environment: ["SITEGEN_TEST_TERMINAL": "1", "LANG": "nl_BE.UTF-8"],
            input: answers.joined(separator: "\n") + "\n")
        #expect(made.status == 0, "\(made.stdout)\(made.stderr)")
        #expect(made.stdout.contains("Language of the site (nl, fr, de, en, es, it…) [nl]: "))
        #expect(made.stdout.contains("Country, two letters (BE, FR, NL, DE…) [BE]: "))
        #expect(made.stdout.contains("\"12\" is not a telephone number"))
        #expect(made.stdout.contains("A legal notice page is expected for a business in BE"))
        let siteFile = try String(contentsOf: root.appendingPathComponent("site/site.yml"), encoding: .utf8)
        #expect(siteFile.contains("language: nl"))
        #expect(siteFile.contains("country: BE"))
        #expect(siteFile.contains("telephone: \"+32 2 123 45 67\""))
        #expect(!siteFile.contains("email: \""), "the e-mail was skipped")
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("site/content/wettelijke-vermeldingen.md").path))
    }

    @Test func ctrlDStopsWithNothingWritten() throws {
        let root = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(root) }
        let stopped = try CommandLineTests.run(
            ["init", "site"], in: root, environment: ["SITEGEN_TEST_TERMINAL": "1"], input: "Kapsalon Lotte\n")
        #expect(stopped.status == 1)
        #expect(stopped.stderr.contains("Stopped: nothing was written."))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("site").path))
    }

    @Test func theExampleIsACopyOfTheBakeryAndTakesNoDetails() throws {
        let root = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(root) }
        let mixed = try CommandLineTests.run(["init", "site", "--example", "--name", "Lotte"], in: root)
        #expect(mixed.status == 2)
        #expect(mixed.stderr.contains("--example copies the example bakery as it is"))
        let copied = try CommandLineTests.run(["init", "site", "--example"], in: root)
        #expect(copied.status == 0)
        #expect(copied.stdout.contains("example bakery"))
        #expect(try String(contentsOf: root.appendingPathComponent("site/site.yml"), encoding: .utf8).contains("Boulangerie Martin"))
    }
}

import Foundation
import Testing
@testable import SiteGen

/// Hostile input in a site's own files (issue 9): YAML alias bombs, control
/// characters, unsafe image addresses. Each fixture must fail with exactly
/// the errors of its `expected-errors.txt`, quickly and in bounded memory.
@Suite("Site: hostile input in the site's files")
struct ValidationFixtureTests {
    static let sites = ["validation-alias-bomb", "validation-extra-bomb", "validation-control-characters", "validation-unsafe-image"]

    @Test(arguments: sites)
    func failsWithTheExpectedErrors(_ name: String) throws {
        let site = TestSupport.fixture(name)
        let expected = try String(contentsOf: site.appendingPathComponent("expected-errors.txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let output = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(output) }
        let target = output.appendingPathComponent("public")
        let error = #expect(throws: DiagnosticsError.self) { try TestSupport.build(site, into: target) }
        #expect(error?.diagnostics.filter { $0.severity == .error }.map(\.description) == expected)
        #expect(!FileManager.default.fileExists(atPath: target.path))
    }

    /// 342 bytes of YAML (nine levels of nine aliases) reached 732 MB and
    /// many seconds before the fix; the CLI must now refuse it at once. The
    /// bounds are generous: a refused bomb takes well under a second and 60 MB.
    @Test(arguments: ["validation-alias-bomb", "validation-extra-bomb"])
    func anAliasBombIsRefusedQuicklyInBoundedMemory(_ name: String) throws {
        let output = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(output) }
        let time = URL(fileURLWithPath: "/usr/bin/time")
        let measured = FileManager.default.isExecutableFile(atPath: time.path)
        let sitegen = CommandLineTests.binary.path
        let arguments = ["build", "--output", output.appendingPathComponent("public").path]
        let started = Date()
        let result = measured
            ? try CommandLineTests.run(["-f", "peak-rss-kb %M"] + [sitegen] + arguments, in: TestSupport.fixture(name), binary: time)
            : try CommandLineTests.run(arguments, in: TestSupport.fixture(name))
        let seconds = Date().timeIntervalSince(started)
        #expect(result.status == 1)
        #expect(result.stderr.contains("error:") && result.stderr.contains("alias bomb"), "\(result.stderr)")
        #expect(seconds < 20, "took \(seconds) s")
        if measured, let line = result.stderr.split(separator: "\n").last(where: { $0.hasPrefix("peak-rss-kb ") }),
            let kilobytes = Int(line.dropFirst("peak-rss-kb ".count))
        {
            #expect(kilobytes < 300_000, "peak memory \(kilobytes) KB")
        }
    }

    /// Small aliases, as an owner writes them to repeat opening hours, still work.
    @Test func ordinaryAliasesAreStillRead() throws {
        let source = YAMLSource(file: "site.yml", text: """
            name: Shop
            url: https://shop.example/
            hours:
              monday: &weekday "08:00-12:00, 14:00-18:00"
              tuesday: *weekday
              wednesday: *weekday
            extra:
              common: &common {phone_hours: "9-17", city: Rennes}
              footer: *common
            """)
        let config = try SiteConfigLoader().load(source)
        #expect(config.hours?.days[.tuesday] == config.hours?.days[.monday])
        #expect((config.extra["footer"] as? [String: any Sendable])?["city"] as? String == "Rennes")
    }
}

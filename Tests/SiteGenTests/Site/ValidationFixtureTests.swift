import Foundation
import Testing

@testable import SiteGen
@testable import SiteGenCore

/// Hostile input in a site's own files (issue 9) is refused quickly and in
/// bounded memory; each fixture's exact errors are checked with the other
/// broken fixtures (`BrokenFixtureTests`).
@Suite("Site: hostile input in the site's files")
struct ValidationFixtureTests {
    /// 342 bytes of YAML (nine levels of nine aliases) took the CLI past
    /// 1.7 GB in 30 s before the fix, without an end in sight; it must now
    /// refuse it at once. The process runs under a 2 GB address-space cap
    /// and a 60 s deadline, so that a regression fails this test instead of
    /// taking the machine's memory; the bounds asserted are generous (a
    /// refused bomb takes well under a second and about 40 MB).
    @Test(arguments: ["validation-alias-bomb", "validation-extra-bomb"])
    func anAliasBombIsRefusedQuicklyInBoundedMemory(_ name: String) throws {
        let output = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(output) }
        let timer = FileManager.default.isExecutableFile(atPath: "/usr/bin/time") ? "/usr/bin/time -f 'peak-rss-kb %M' " : ""
        let script = "ulimit -v 2000000; exec timeout -s KILL 60 \(timer)\"$0\" build --output \"$1\""
        let started = Date()
        let result = try CommandLineTests.run(
            ["-c", script, CommandLineTests.binary.path, output.appendingPathComponent("public").path],
            in: TestSupport.fixture(name), binary: URL(fileURLWithPath: "/bin/sh"))
        let seconds = Date().timeIntervalSince(started)
        #expect(result.status == 1)
        #expect(result.stderr.contains("error:") && result.stderr.contains("alias bomb"), "\(result.stderr)")
        #expect(seconds < 20, "took \(seconds) s")
        if let line = result.stderr.split(separator: "\n").last(where: { $0.hasPrefix("peak-rss-kb ") }),
            let kilobytes = Int(line.dropFirst("peak-rss-kb ".count))
        {
            #expect(kilobytes < 300_000, "peak memory \(kilobytes) KB")
        }
    }

    /// Small aliases, as an owner writes them to repeat opening hours, still work.
    @Test func ordinaryAliasesAreStillRead() throws {
        let source = YAMLSource(
            file: "site.yml",
            text: """
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
        #expect(config.extra["footer"] == .dictionary(["phone_hours": .string("9-17"), "city": .string("Rennes")]))
    }
}

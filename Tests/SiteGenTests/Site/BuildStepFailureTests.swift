import Foundation
import Testing

@testable import SiteGen
@testable import SiteGenCore

/// An error of the system, not of the site, says which step it stopped.
@Suite("Site: errors of the system name their step")
struct BuildStepFailureTests {
    @Test func aSwapThatFailsIsReportedAsThePublishStep() throws {
        let root = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(root) }
        let (old, site) = try OutputSwapTests.twoSites(in: root)
        try OutputSwapTests.build(old, into: root.appendingPathComponent("out/public"), system: .live)
        var failing = OutputSystem.live
        failing.exchange = { _, _ in throw SiteGenCore.POSIXError(EIO, "cannot swap") }
        let error = #expect(throws: DiagnosticsError.self) {
            try OutputSwapTests.build(site, into: root.appendingPathComponent("out/public"), system: failing)
        }
        let message = try #require(error?.diagnostics.first?.message)
        #expect(message.hasPrefix("Publish: "), "\(message)")
        #expect(message.contains("cannot swap"), "\(message)")
    }

    @Test func aStepIsSkippedWhenWhatItNeedsFailedAndOthersStillRun() throws {
        let steps = StepRunner(clock: .fixed(Date(timeIntervalSince1970: 0)))
        let missing: Int? = nil
        var ran: [String] = []
        let skipped = try steps.run("Needs the missing", needing: missing) { value -> Int? in
            ran.append("needs")
            return value
        }
        let other = try steps.run("Needs nothing") { () -> Int in
            ran.append("other")
            return 2
        }
        #expect(skipped == nil)
        #expect(other == 2)
        #expect(ran == ["other"])
        #expect(steps.timings.map(\.name) == ["Needs nothing"])
    }
}

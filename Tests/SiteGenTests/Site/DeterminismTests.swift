import Foundation
import Testing

@testable import SiteGen

@Suite("Site: determinism")
struct DeterminismTests {
    @Test func twoBuildsOfTheSameFilesAreByteIdentical() throws {
        let root = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(root) }
        let first = root.appendingPathComponent("first")
        let second = root.appendingPathComponent("second")
        try TestSupport.build(TestSupport.exampleSite, into: first)
        // A different clock must not change a byte: pages carry no build time.
        let options = BuildOptions(siteDirectory: TestSupport.exampleSite, outputDirectory: second, workingDirectory: TestSupport.exampleSite)
        _ = try SiteBuilder(options: options, clock: .fixed(Date(timeIntervalSince1970: 2_000_000_000))).build()
        let a = try TestSupport.tree(first)
        let b = try TestSupport.tree(second)
        #expect(a.keys.sorted() == b.keys.sorted())
        for (path, data) in a {
            #expect(b[path] == data, "\(path) differs")
        }
        #expect(a.count > 20)
    }
}

import Foundation
import Testing

@testable import SiteGen
@testable import SiteGenCore

/// site-example/kapsalon/: the second example business, a hair salon in
/// Brussels in Dutch with its own theme settings, built as the bakery is, so
/// that the two show a theme that fits more than one business.
@Suite("Site: the second example business, a hair salon in Brussels")
struct SecondExampleTests {
    static let salon = TestSupport.exampleSite.appendingPathComponent("kapsalon")

    let files: FileSystem
    let report: BuildReport

    init() throws {
        files = try InMemoryBuild.copy(of: Self.salon)
        report = try InMemoryBuild.build(Self.salon, in: files)
    }

    @Test func buildsWithoutAWarning() {
        #expect(report.warnings.map(\.description) == [])
        #expect(report.pageCount >= 12)
    }

    @Test func everyPageIsInDutchAndNothingOfTheBakeryIsLeft() throws {
        let tree = try InMemoryBuild.tree(files)
        let pages = tree.filter { $0.key.hasSuffix(".html") }
        #expect(pages.count >= 12)
        for (path, data) in pages {
            let html = String(decoding: data, as: UTF8.self)
            #expect(html.contains("<html lang=\"nl\">"), "\(path)")
            for word in ["Boulangerie", "Rennes", "kouign", "Bakery"] {
                #expect(!html.contains(word), "\(path) holds \(word)")
            }
        }
    }

    @Test func itIsAHairSalonInBrussels() throws {
        let home = try InMemoryBuild.text(files, "index.html")
        #expect(home.contains(#""@type":"HairSalon""#))
        #expect(home.contains("Vlaamsesteenweg 58"))
    }

    @Test func initExampleGivesTheBakeryAlone() {
        #expect(!EmbeddedResources.exampleSite.isEmpty)
        #expect(!EmbeddedResources.exampleSite.contains { $0.path.hasPrefix("kapsalon") })
    }
}

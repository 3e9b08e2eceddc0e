import Foundation
import Testing

@testable import SiteGen

/// Front matter params and site.yml's `extra:` reach templates as the owner
/// wrote them: every kind of YAML value (text, numbers, booleans, lists,
/// mappings) in variables, sections, inverted sections and transforms.
/// `expected-values.html` was written by the build before `SendableValue`
/// became an enum, so this pins the rendering byte for byte.
@Suite("Site: template values")
struct TemplateValuesTests {
    @Test func rendersEveryKindOfValueAsBefore() throws {
        let site = TestSupport.fixture("template-values")
        let output = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(output) }
        try TestSupport.build(site, into: output)
        let expected = try String(contentsOf: site.appendingPathComponent("expected-values.html"), encoding: .utf8)
        #expect(try TestSupport.text(output, "values/index.html") == expected)
    }
}

import Mustache
import Testing

@testable import SiteGen

/// The fast escaping must give exactly what swift-mustache's own HTML escaping gives.
@Suite("Unit: FastHTMLEscaping")
struct FastHTMLEscapingUnitTests {
    @Test(arguments: [
        "", "plain text", "<script>alert('x')</script>", "Fish & \"Chips\"", "l’atelier « goûter » 🥐 & <b>",
        "&amp; already escaped", "é\u{301} combining", "a > b < c", String(repeating: "<&>\"'", count: 200),
        "عربي & עברית", "\u{0}\u{7F} controls",
    ])
    func matchesSwiftMustachesEscaping(_ text: String) throws {
        precondition(FastHTMLEscaping.registered)
        let library = try MustacheTemplate(string: "{{x}}")
        let fast = try MustacheTemplate(string: FastHTMLEscaping.pragma + "{{x}}")
        #expect(fast.render(["x": text]) == library.render(["x": text]))
        #expect(FastHTMLEscaping().escapeText(text) == library.render(["x": text]))
    }
}

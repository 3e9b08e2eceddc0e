import Foundation
import Testing

@testable import SiteGen

/// A mapping of the owner's values lists its keys sorted wherever a template
/// can list them, so that a page does not change from one build to the next.
@Suite("Unit: TemplateDictionary")
struct TemplateDictionaryUnitTests {
    private let letters = (0..<26).map { String(UnicodeScalar(UInt8(ascii: "a") + UInt8($0))) }

    private func render(_ template: String, _ params: [String: SendableValue]) throws -> String {
        let theme = try Theme(files: [
            ThemeFile(path: "main.mustache", data: Data(template.utf8), displayPath: "templates/main.mustache", isOverride: true)
        ])
        return theme.render(LintlessPageView(params: params), with: "main")
    }

    @Test("printed whole, enumerated and sorted, keys come in order")
    func sortedKeys() throws {
        let values = Dictionary(uniqueKeysWithValues: letters.reversed().enumerated().map { ($1, SendableValue.int($0)) })
        let nested: [String: SendableValue] = ["map": .dictionary(values)]
        let keys = letters.joined()
        #expect(try render("{{#enumerated(params.map)}}{{key}}{{/enumerated(params.map)}}", nested) == keys)
        #expect(try render("{{#sorted(params.map)}}{{key}}{{/sorted(params.map)}}", nested) == keys)
        #expect(try render("{{#enumerated(params)}}{{key}}{{/enumerated(params)}}", values) == keys)
        let printed = "[" + letters.enumerated().map { "\"\($1)\": \(25 - $0)" }.joined(separator: ", ") + "]"
        #expect(try render("{{{params.map}}}", nested) == printed)
        #expect(try render("{{{params}}}", values) == printed)
        #expect(try render("{{{params}}}", [:]) == "[:]")
    }

    @Test("values inside a mapping print as Swift printed them: text quoted, numbers as written")
    func nestedPrinting() throws {
        let params: [String: SendableValue] = [
            "map": .dictionary(["a": .string("x"), "b": .double(1), "c": .list([.bool(true), .dictionary(["d": .int(2)])])])
        ]
        #expect(try render("{{{params.map}}}", params) == #"["a": "x", "b": 1.0, "c": [true, ["d": 2]]]"#)
        #expect(SendableValue.list([.string("x"), .int(1)]).description == #"["x", 1]"#)
        #expect(SendableValue.string("x").description == "x")
    }
}

private struct LintlessPageView: TemplateView {
    var params: [String: SendableValue]
    static let fields = TemplateFields<LintlessPageView>([.dynamic("params") { $0.params }])
}

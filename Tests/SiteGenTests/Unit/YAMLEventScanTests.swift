import Foundation
import Testing

@testable import SiteGen
@testable import SiteGenCore

/// The libyaml event scan run before every YAML file is read: alias bombs
/// and control characters refused at their position, ordinary files untouched.
@Suite("Unit: YAMLEventScan")
struct YAMLEventScanUnitTests {
    private func problems(_ text: String, lineOffset: Int = 0) -> [String] {
        YAMLEventScan(source: YAMLSource(file: "f.yml", text: text, lineOffset: lineOffset)).problems().map(\.description)
    }

    /// `levels` levels of `fanOut` aliases each, the billion laughs of YAML.
    static func bomb(levels: Int, fanOut: Int = 9) -> String {
        var lines = ["l0: &l0 [" + Array(repeating: "\"lol\"", count: fanOut).joined(separator: ",") + "]"]
        for level in 1...levels {
            lines.append("l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: fanOut).joined(separator: ",") + "]")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func aBombIsRefusedAtTheAliasThatCrossesTheBudget() {
        let found = problems(Self.bomb(levels: 12))
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("f.yml:5:10: error: l4[0]: the alias *l3 makes this file repeat more than 10000 values") == true, "\(found)")
    }

    @Test func aBombInFrontMatterCountsItsLinesFromTheFile() {
        #expect(problems(Self.bomb(levels: 9), lineOffset: 1).first?.hasPrefix("f.yml:6:10:") == true)
    }

    @Test func aBombUsedAsAMappingKeyIsRefusedBeforeYamsHashesIt() {
        let text = Self.bomb(levels: 5).replacingOccurrences(of: "l5: &l5", with: "? *l4\n: x\nl5: &l5")
        #expect(problems(text).first?.contains("alias bomb") == true)
    }

    @Test func ordinaryAliasesAndBigFilesPass() {
        #expect(problems("a: &x [1, 2, 3]\nb: *x\nc: *x\n").isEmpty)
        let many = (0..<5_000).map { "k\($0): value \($0)" }.joined(separator: "\n")
        #expect(problems(many).isEmpty)
        #expect(problems(Self.bomb(levels: 2)).isEmpty)
    }

    @Test(arguments: [
        ("t: \"a\\rb\"", "U+000D (carriage return)"), ("t: \"a\\x01\"", "U+0001"), ("t: \"\\0\"", "U+0000 (NUL)"),
        ("\"k\\x1b\": v", "U+001B (escape)"), ("l:\n  - ok\n  - \"\\x07\"", "U+0007"),
    ])
    func controlCharactersAreRefusedWithTheirPath(_ example: (text: String, name: String)) {
        let found = problems(example.text)
        #expect(found.count == 1)
        #expect(found.first?.contains("contains the control character \(example.name)") == true, "\(found)")
    }

    @Test func tabsAndLineBreaksAreText() {
        #expect(problems("t: \"a\\tb\\nc\"\nblock: |\n  one\n  two\n").isEmpty)
        #expect(problems("t: a\r\nu: b\r\n").isEmpty)
    }

    @Test func syntaxErrorsAreLeftToYams() {
        #expect(problems("a: [1, 2\n").isEmpty)
        #expect(throws: DiagnosticsError.self) { try YAMLSource(file: "f.yml", text: "a: [1, 2\n").parse() }
    }

    /// The whole reader, as before the fix (the walk of `extra:` took minutes
    /// and gigabytes): it now ends with one error.
    @Test func siteYmlExtraBombIsRefused() {
        let text = "name: S\nurl: https://s.example/\nextra:\n" + Self.bomb(levels: 9).split(separator: "\n").map { "  \($0)\n" }.joined()
        let error = #expect(throws: DiagnosticsError.self) { try SiteConfigLoader().load(YAMLSource(file: "site.yml", text: text)) }
        #expect(error?.diagnostics.first?.description.hasPrefix("site.yml:8:12: error: extra.l4[0]: the alias *l3") == true)
    }
}

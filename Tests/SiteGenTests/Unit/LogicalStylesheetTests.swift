import Foundation
import Testing

@testable import SiteGen

/// The theme works right to left (`<html dir="rtl">`): whatever a rule of
/// `style.css` or `print.css` puts on one side (a margin, a padding, a
/// border, an offset, a corner, `float: left`) is swapped by its mirror, a
/// rule of the same `@media` whose selectors are the same behind
/// `[dir="rtl"] `; text is aligned with `start` and `end`, never `left` or
/// `right`. Logical properties (`margin-inline-start`) would need no mirror,
/// but the pinned Nu checker of the site check refuses them.
@Suite("Unit: the theme's stylesheets mirrored right to left")
struct LogicalStylesheetTests {
    /// A style rule: the at-rules it is in (outermost first), its selectors
    /// and its declarations in order, and the line it starts on.
    struct Rule {
        var atRules: [String]
        var selectors: [String]
        var declarations: [(property: String, value: String)]
        var line: Int

        /// Only for right-to-left pages: `[dir="rtl"] .a`, `.a[dir="rtl"]`.
        var isMirror: Bool { selectors.allSatisfy { $0.contains(#"[dir="rtl"]"#) } }

        /// Applies, right to left, to everything `rule` applies to left to
        /// right; `:not([dir="ltr"])` leaves out what goes the other way than
        /// its page, as a French quote on an Arabic page.
        func mirrors(_ rule: Rule) -> Bool {
            atRules == rule.atRules
                && rule.selectors.allSatisfy { selector in
                    selectors.contains(#"[dir="rtl"] "# + selector) || selectors.contains(#"[dir="rtl"] "# + selector + #":not([dir="ltr"])"#)
                }
        }
    }

    // MARK: The theme

    @Test(arguments: ["style.css", "print.css"])
    func theThemesStylesheetsMirrorEverySide(file: String) throws {
        let theme = try #require(EmbeddedResources.theme.first { $0.path == file })
        let css = String(decoding: theme.data, as: UTF8.self)
        #expect(Self.problems(in: css, file: file) == [])
        // The check saw the whole file, not a part cut short by something it misread.
        let rules = Self.rules(in: css)
        #expect(rules.count > (file == "style.css" ? 150 : 20))
        #expect(rules.last?.line ?? 0 > css.split(separator: "\n").count - 12)
    }

    @Test func theStyleSheetHasItsMirrorsInPlace() throws {
        let theme = try #require(EmbeddedResources.theme.first { $0.path == "style.css" })
        let rules = Self.rules(in: String(decoding: theme.data, as: UTF8.self))
        let mirrored = rules.filter { rule in !rule.isMirror && rules.contains { $0.isMirror && $0.mirrors(rule) } }
        let selectors = Set(mirrored.flatMap(\.selectors))
        for selector in [".skip-link", ".menu-disclosure a", "blockquote", ".press-quote", ".hours th"] {
            #expect(selectors.contains(selector), "\(selector)")
        }
    }

    // MARK: The check itself

    @Test func aRuleOnOneSideWithoutItsMirrorIsFound() {
        let problems = Self.problems(in: "\n.quote { border-left: 4px solid red; border-right: 0; }", file: "a.css")
        #expect(problems == [#"a.css:2: .quote puts something on one side and has no [dir="rtl"] mirror"#])
    }

    @Test func aMirrorThatDoesNotSwapIsFound() {
        let css = """
            .quote { padding: 0 0 0 1rem; border-left: 4px solid red; border-right: 0; }
            [dir="rtl"] .quote { padding: 0 1rem 0 0; border-left: 0; border-right: 5px solid red; }
            """
        #expect(
            Self.problems(in: css, file: "a.css") == [
                "a.css:1: .quote: its mirror (line 2) should set border-right: 4px solid red, not 5px solid red"
            ])
    }

    @Test func aSideSetAloneIsFound() {
        #expect(
            Self.problems(in: ".a { margin-left: 1rem; }", file: "a.css") == [
                #"a.css:1: .a sets margin-left but not margin-right: set both, so that a [dir="rtl"] mirror can swap them"#
            ])
    }

    @Test func textAlignedLeftOrRightIsFoundAndStartIsNot() {
        #expect(
            Self.problems(in: "th, td { text-align: left; }", file: "a.css") == [
                "a.css:1: th, td: text-align: left: use start or end, which follow the page's direction"
            ])
        #expect(Self.problems(in: "th { text-align: start; } td { text-align: end; }", file: "a.css") == [])
        // In a mirror, a side is what it is for.
        #expect(Self.problems(in: #"[dir="rtl"] .handle { text-align: right; }"#, file: "a.css") == [])
    }

    @Test func shorthandsAreReadSideBySide() {
        let mirrored =
            #".a { padding: 0 1rem 0 clamp(1rem, 2vw, 2rem); } [dir="rtl"] .a:not([dir="ltr"]), .a[dir="rtl"] { padding: 0 clamp(1rem, 2vw, 2rem) 0 1rem; }"#
        #expect(Self.problems(in: mirrored, file: "a.css") == [])
        let symmetric =
            ".b { margin: 0 auto; padding: 1rem 2rem 0; border: 1px solid; border-radius: 8px 8px; } .c { top: 0; right: 0; bottom: 0; left: 0; }"
        #expect(Self.problems(in: symmetric, file: "a.css") == [])
        #expect(Self.problems(in: ".d { border-radius: 8px 0 0 8px; }", file: "a.css").count == 1)
        #expect(Self.problems(in: #".e { float: left; } [dir="rtl"] .e { float: right; }"#, file: "a.css") == [])
        #expect(Self.problems(in: #".e { float: left; } [dir="rtl"] .e { float: left; }"#, file: "a.css").count == 1)
    }

    @Test func aMirrorCountsInItsOwnMediaQueryOnly() {
        let css = #"@media (min-width: 48rem) { .a { left: 1rem; right: auto; } } [dir="rtl"] .a { left: auto; right: 1rem; }"#
        #expect(Self.problems(in: css, file: "a.css") == [#"a.css:1: .a puts something on one side and has no [dir="rtl"] mirror"#])
        let inside = #"@media (min-width: 48rem) { .a { left: 1rem; right: auto; } [dir="rtl"] .a { left: auto; right: 1rem; } }"#
        #expect(Self.problems(in: inside, file: "a.css") == [])
    }

    // MARK: Reading a stylesheet

    /// One line per rule that puts something on one side without a mirror
    /// swapping it, or aligns text left or right: `file:line: selectors ...`.
    static func problems(in css: String, file: String) -> [String] {
        let rules = Self.rules(in: css)
        var problems: [String] = []
        for rule in rules where !rule.isMirror {
            let place = "\(file):\(rule.line): \(rule.selectors.joined(separator: ", "))"
            // What the mirror must set, in the order the rule says it.
            var needed: [(property: String, value: String)] = []
            for (property, value) in rule.declarations where !property.hasPrefix("--") && isSided(words(value)) {
                if property == "text-align" {
                    problems.append("\(place): text-align: \(value): use start or end, which follow the page's direction")
                } else {
                    needed.append((property, mirrored(value)))
                }
            }
            let sides = Self.sides(of: rule.declarations)
            for (name, value) in sides.sorted(by: { $0.key < $1.key }) {
                let other = mirrored(name)
                guard let otherValue = sides[other] else {
                    problems.append(#"\#(place) sets \#(name) but not \#(other): set both, so that a [dir="rtl"] mirror can swap them"#)
                    continue
                }
                if otherValue != value { needed.append((other, value)) }
            }
            guard !needed.isEmpty else { continue }
            guard let mirror = rules.first(where: { $0.isMirror && $0.mirrors(rule) }) else {
                problems.append(#"\#(place) puts something on one side and has no [dir="rtl"] mirror"#)
                continue
            }
            let mirrorSides = Self.sides(of: mirror.declarations)
            for (property, value) in needed {
                let set = mirrorSides[property] ?? mirror.declarations.last { $0.property == property }?.value
                if set != value {
                    problems.append("\(place): its mirror (line \(mirror.line)) should set \(property): \(value), not \(set ?? "nothing")")
                }
            }
        }
        return problems
    }

    /// The left and right values a rule's declarations set, shorthands
    /// spelt out (`padding: 0 1rem 0 2rem` is `padding-left: 2rem` and
    /// `padding-right: 1rem`), the last declaration winning.
    static func sides(of declarations: [(property: String, value: String)]) -> [String: String] {
        var sides: [String: String] = [:]
        for (property, value) in declarations {
            let values = words(value)
            switch property {
            case "margin", "padding", "inset":
                let prefix = property == "inset" ? "" : property + "-"
                sides[prefix + "left"] = boxSide(values, left: true)
                sides[prefix + "right"] = boxSide(values, left: false)
            case "border-width", "border-style", "border-color":
                let part = property.dropFirst("border-".count)
                sides["border-left-\(part)"] = boxSide(values, left: true)
                sides["border-right-\(part)"] = boxSide(values, left: false)
            case "border":
                sides["border-left"] = value
                sides["border-right"] = value
            case "border-radius":
                // Top left, top right, bottom right, bottom left; the vertical radii after a slash do not change sides.
                let radii = words(String(value.split(separator: "/").first ?? ""))
                let corners: [String]
                switch radii.count {
                case 1: corners = Array(repeating: radii[0], count: 4)
                case 2: corners = [radii[0], radii[1], radii[0], radii[1]]
                case 3: corners = [radii[0], radii[1], radii[2], radii[1]]
                default: corners = Array(radii.prefix(4))
                }
                guard corners.count == 4 else { continue }
                sides["border-top-left-radius"] = corners[0]
                sides["border-top-right-radius"] = corners[1]
                sides["border-bottom-right-radius"] = corners[2]
                sides["border-bottom-left-radius"] = corners[3]
            default:
                if property.contains("left") || property.contains("right") { sides[property] = value }
            }
        }
        return sides
    }

    /// The left (or right) of one to four values in CSS's order: top, right, bottom, left.
    private static func boxSide(_ values: [String], left: Bool) -> String? {
        switch values.count {
        case 0: nil
        case 1: values[0]
        case 2, 3: values[1]
        default: left ? values[3] : values[1]
        }
    }

    private static func isSided(_ words: [String]) -> Bool { words.contains("left") || words.contains("right") }

    /// `left` and `right` swapped: `border-left` becomes `border-right`.
    static func mirrored(_ text: String) -> String {
        text.replacing("left", with: "\u{0}").replacing("right", with: "left").replacing("\u{0}", with: "right")
    }

    /// The style rules of a stylesheet, comments left out; at-rules give
    /// their context to the rules inside them, and their own declarations
    /// (`@page { margin: 2cm; }`) are not read.
    static func rules(in css: String) -> [Rule] {
        let text = Array(withoutComments(css))
        var rules: [Rule] = []
        var atRules: [String] = []
        var opensAtRule: [Bool] = []
        var prelude = ""
        var preludeLine = 1
        var line = 1
        var index = 0
        var quote: Character?
        while index < text.count {
            let character = text[index]
            index += 1
            if character == "\n" { line += 1 }
            if let open = quote {
                prelude.append(character)
                if character == open { quote = nil }
                continue
            }
            switch character {
            case "\"", "'":
                quote = character
                prelude.append(character)
            case "{":
                let head = prelude.trimmingCharacters(in: .whitespacesAndNewlines)
                prelude = ""
                if head.hasPrefix("@") {
                    atRules.append(words(head).joined(separator: " "))
                    opensAtRule.append(true)
                    continue
                }
                // A style rule's body runs to its closing brace: nothing nests in it.
                var body = ""
                var bodyQuote: Character?
                while index < text.count, bodyQuote != nil || text[index] != "}" {
                    let inside = text[index]
                    if inside == "\n" { line += 1 }
                    if let open = bodyQuote, inside == open {
                        bodyQuote = nil
                    } else if bodyQuote == nil, inside == "\"" || inside == "'" {
                        bodyQuote = inside
                    }
                    body.append(inside)
                    index += 1
                }
                index += 1
                let selectors = split(head, at: ",").map { words($0).joined(separator: " ") }
                rules.append(Rule(atRules: atRules, selectors: selectors, declarations: declarations(body), line: preludeLine))
            case "}":
                if opensAtRule.popLast() == true { atRules.removeLast() }
                prelude = ""
            case ";":
                prelude = ""
            default:
                if prelude.allSatisfy(\.isWhitespace), !character.isWhitespace { preludeLine = line }
                prelude.append(character)
            }
        }
        return rules
    }

    /// `property: value` pairs, the property in lower case, the value's spaces collapsed.
    private static func declarations(_ body: String) -> [(property: String, value: String)] {
        split(body, at: ";").compactMap { declaration in
            guard let colon = declaration.firstIndex(of: ":") else { return nil }
            let property = declaration[..<colon].trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            let value = words(String(declaration[declaration.index(after: colon)...])).joined(separator: " ")
            return (property, value)
        }
    }

    /// A value's words: split at spaces outside parentheses and quotes, so
    /// that `clamp(1rem, 2vw, 3rem)` is one.
    private static func words(_ text: String) -> [String] { split(text, at: " ") }

    /// `text` cut at `separator` outside quotes, parentheses and brackets;
    /// a space as separator stands for any white space.
    private static func split(_ text: String, at separator: Character) -> [String] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        var quote: Character?
        for character in text {
            if let open = quote {
                current.append(character)
                if character == open { quote = nil }
                continue
            }
            switch character {
            case "\"", "'": quote = character
            case "(", "[": depth += 1
            case ")", "]": depth -= 1
            default: break
            }
            let separates = separator == " " ? character.isWhitespace : character == separator
            if depth == 0, quote == nil, separates {
                parts.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current)
        return parts.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    }

    /// The stylesheet with each comment replaced by the line breaks it held,
    /// so that line numbers stay those of the file.
    private static func withoutComments(_ css: String) -> String {
        css.replacing(/\/\*.*?\*\//.dotMatchesNewlines()) { match in
            String(repeating: "\n", count: match.output.filter { $0 == "\n" }.count)
        }
    }
}

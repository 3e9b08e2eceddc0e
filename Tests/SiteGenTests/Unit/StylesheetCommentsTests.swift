import Foundation
import Testing

@testable import SiteGen

/// The theme's stylesheets lose their comments when published, and nothing else.
@Suite("Unit: comments left out of the theme's stylesheets")
struct StylesheetCommentsTests {
    private func removed(_ css: String) -> String {
        String(decoding: StylesheetComments.removed(from: Data(css.utf8)), as: UTF8.self)
    }

    @Test func commentsAndTheLinesTheyLeaveEmptyGo() {
        let css = """
            /* The theme.
               Two lines. */
            :root {
              --text: #111; /* 17:1 */
            }

            a { color: var(--text); }
            """
        #expect(removed(css) == ":root {\n  --text: #111;\n}\na { color: var(--text); }\n")
    }

    @Test func aCommentInsideAStringOrAnAddressStays() {
        let css = #"a::after { content: "/* not a comment */"; } b { background: url(/img/a/*b*/c.png); } c { content: '\'/*'; }"#
        #expect(removed(css) == css + "\n")
    }

    @Test func aLicenceCommentStays() {
        #expect(removed("/*! Font licence: SIL OFL 1.1 */\na { color: red; } /* gone */") == "/*! Font licence: SIL OFL 1.1 */\na { color: red; }\n")
    }

    @Test func anUnclosedCommentRunsToTheEnd() {
        #expect(removed("a { color: red; }\n/* never closed\nb { color: blue; }") == "a { color: red; }\n")
    }

    @Test func theThemesStylesheetKeepsEveryRule() throws {
        let theme = try #require(EmbeddedResources.theme.first { $0.path == "style.css" })
        let published = String(decoding: StylesheetComments.removed(from: theme.data), as: UTF8.self)
        #expect(!published.contains("/*"))
        #expect(published.count < theme.data.count * 4 / 5)
        // The same rules: every brace and semicolon of the original outside its comments.
        let original = String(decoding: theme.data, as: UTF8.self).replacing(/\/\*.*?\*\//.dotMatchesNewlines(), with: "")
        for mark in ["{", "}", ";"] {
            #expect(published.components(separatedBy: mark).count == original.components(separatedBy: mark).count, "\(mark)")
        }
    }
}

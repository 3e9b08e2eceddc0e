import Testing

@testable import SiteGen
@testable import SiteGenCore

@Suite("Unit: MarkdownRenderer safety")
struct MarkdownSafetyTests {
    private func render(_ markdown: String) -> MarkdownRenderer.Output {
        MarkdownRenderer().render(
            markdown, resolveLink: { .success(ResolvedLink(address: $0.destination)) },
            location: { SourceLocation(file: "page.md", line: $0, column: $1) })
    }

    /// Found by the adversarial re-test: character references came out of
    /// libcmark-gfm as raw control characters, which XML and HTML forbid.
    @Test func characterReferencesToForbiddenCharactersAreDropped() {
        let output = render("A &#1; B &#x1B; C &#xFFFF; D\u{FFFE}")
        // libcmark-gfm itself makes `&#xFFFF;` a replacement character.
        #expect(output.html == "<p>A  B  C \u{FFFD} D</p>\n")
        #expect(output.firstParagraph == "A  B  C \u{FFFD} D")
    }

    /// Found by fuzzing: a control character inside a raw attribute was
    /// removed after the sanitizer had judged the attribute harmless.
    @Test func aControlCharacterCannotHideAScriptAddressFromTheSanitizer() {
        let output = render("<svg><a><animate attributeName=href values=\"javascrip\u{15}t:alert(1)\"/></a></svg>")
        #expect(!output.html.contains("javascript:"))
    }

    @Test func linksToScriptAddressesKeepTheirText() {
        let output = render("[a *b*](javascript:alert(1)) <javascript:alert(2)> [ok](https://example.org/)")
        #expect(output.html == "<p>a <em>b</em> javascript:alert(2) <a href=\"https://example.org/\">ok</a></p>\n")
        #expect(output.diagnostics.map(\.location.description) == ["page.md:1:1", "page.md:1:30"])
        #expect(output.diagnostics.allSatisfy { $0.severity == .warning })
    }

    /// Found by fuzzing (`Fuzz/run`): the description of a removed image was
    /// freed with it while the raw HTML and the image inside it were still to
    /// be visited (a use after free, caught by AddressSanitizer).
    @Test func anUnsafeImageHoldingRawHTMLAndAnotherImage() {
        let output = render("![a <b onclick=x>bold</b> ![inner](javascript:y)](data:x) after <i onmouseover=z>i</i>")
        #expect(output.html == "<p>a bold inner after <i>i</i></p>\n")
        #expect(output.diagnostics.count == 4)
    }

    @Test func imagesAtUnsafeAddressesBecomeTheirDescription() {
        let output = render("[![logo *x*](data:image/png;base64,AAAA)](vbscript:x)")
        #expect(output.html == "<p>logo x</p>\n")
        #expect(output.diagnostics.count == 2)
    }

    @Test func rawHTMLInHeadingsIsCleanedToo() {
        let output = render("# Title <img src=x onerror=alert(1)>")
        #expect(output.html == "<h1 id=\"title\">Title <img src=x></h1>\n")
        #expect(output.diagnostics.map(\.description) == ["page.md:1:20: warning: removed onerror= from <img>: event handlers run script"])
    }

    /// GitHub's tag filter wants a space or `>` after the name; a browser also ends it at `/`.
    @Test func tagsThatGitHubsFilterMissesAreFilteredToo() {
        let output = render(
            "<div>\n<script/src=data:,alert(1)></script>\n<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>\n</div>")
        #expect(!output.html.lowercased().contains("<script"))
        #expect(!output.html.lowercased().contains("<noscript"))
        #expect(output.html.contains("&lt;script/src=data:,alert(1)>&lt;/script>"))
    }
}

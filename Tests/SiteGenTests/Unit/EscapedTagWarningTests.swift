import Testing

@testable import SiteGen
@testable import SiteGenCore

/// Raw HTML that GitHub's tag filter shows as text (a pasted `<iframe>`,
/// a `<script>`): the owner sees code on the page, so the build says where.
@Suite("Unit: escaped tag warnings")
struct EscapedTagWarningTests {
    private func render(_ markdown: String) -> MarkdownRenderer.Output {
        MarkdownRenderer().render(
            markdown, resolveLink: { .success(ResolvedLink(address: $0.destination)) },
            location: { SourceLocation(file: "page.md", line: $0, column: $1) })
    }

    @Test func escapedTagsAreWarnedAtTheirPlace() {
        let markdown = """
            Intro.

            <iframe width="560" src="https://www.youtube.com/embed/aqz-KE-bpKQ"></iframe>

            A map: <iframe src="https://www.google.com/maps/embed?pb=!1m18"></iframe> and <script>x()</script>.

            <script>
              track();
            </script>
            <style>p{}</style> <xmp>
            """
        let output = render(markdown)
        #expect(
            output.diagnostics.map(\.description) == [
                "page.md:3:1: warning: the <iframe> tag is shown as text, not run, for safety: to show a YouTube, Vimeo or PeerTube video or an OpenStreetMap map, put its address alone on a line",
                "page.md:5:8: warning: the <iframe> tag is shown as text, not run, for safety: link to the map on Google Maps instead, or put the address of the place on OpenStreetMap alone on a line",
                "page.md:5:79: warning: the <script> tag is shown as text, not run, for safety: a page's text cannot run programs; remove it",
                "page.md:7:1: warning: the <script> tag is shown as text, not run, for safety: a page's text cannot run programs; remove it",
                "page.md:10:1: warning: the <style> tag is shown as text, not applied, for safety: remove it; the look of the site is in templates/style.css",
                "page.md:10:20: warning: the <xmp> tag is shown as text, for safety: remove it",
            ])
        #expect(output.html.contains("&lt;iframe width"))
    }

    @Test func aStrayEndTagIsWarnedToo() {
        let output = render("Text </iframe> and <![CDATA[x]]>")
        #expect(
            output.diagnostics.map(\.description) == [
                "page.md:1:6: warning: the </iframe> tag is shown as text, for safety: remove it",
                "page.md:1:20: warning: the <![ block is shown as text, for safety (it can hide tags inside a drawing): remove it",
            ])
    }

    /// A page of nothing but filtered tags: one warning each, in linear time.
    @Test func thousandsOfEscapedTagsAreCountedQuickly() {
        let markdown = "<div>\n" + String(repeating: "<script>x</script>\n", count: 20_000) + "</div>"
        let start = ContinuousClock.now
        let output = render(markdown)
        #expect(ContinuousClock.now - start < .seconds(10))
        #expect(output.diagnostics.count == 20_000)
        #expect(output.diagnostics.last?.location.line == 20_001)
    }
}

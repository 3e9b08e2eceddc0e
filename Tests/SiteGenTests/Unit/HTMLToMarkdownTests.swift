import Foundation
import Testing

@testable import SiteGen
@testable import SiteGenCore

@Suite("Unit: HTMLToMarkdown")
struct HTMLToMarkdownTests {
    private func markdown(_ html: String, _ converter: HTMLToMarkdown = HTMLToMarkdown()) -> String {
        converter.convert(html).markdown
    }

    /// The HTML that the site's own renderer makes of the Markdown.
    private func rendered(_ markdown: String) -> String {
        MarkdownRenderer().render(
            markdown, resolveLink: { .success(ResolvedLink(address: $0.destination)) },
            location: { SourceLocation(file: "post.md", line: $0, column: $1) }
        ).html
    }

    /// The names of the tags in rendered HTML.
    private func tagNames(in html: String) -> Set<String> {
        let pattern = try! NSRegularExpression(pattern: "</?([a-zA-Z][a-zA-Z0-9]*)")
        let range = NSRange(html.startIndex..., in: html)
        return Set(pattern.matches(in: html, range: range).compactMap { Range($0.range(at: 1), in: html).map { String(html[$0]) } })
    }

    // MARK: Mastodon

    private let mastodonPost = """
        <p><span class="h-card" translate="no"><a href="https://mill.example/@miller" class="u-url mention">@<span>miller</span></a></span> \
        Fresh sourdough today! <a href="https://bakery.example/tags/bread" class="mention hashtag" rel="tag">#<span>bread</span></a></p>\
        <p>Recipe: <a href="https://example.com/recipes/sourdough-country-loaf" target="_blank" rel="nofollow noopener noreferrer" \
        translate="no"><span class="invisible">https://</span><span class="ellipsis">example.com/recipes/sourdoug</span>\
        <span class="invisible">h-country-loaf</span></a><br>Enjoy!<br />— the bakers</p>
        """

    @Test func mastodonMentionsStayLinksHashtagsBecomeTextAndShortenedLinksShowTheWholeAddress() {
        let converter = HTMLToMarkdown(rewriteLink: { $0.isHashtag ? nil : $0.href })
        #expect(
            markdown(mastodonPost, converter) == """
                [@miller](https://mill.example/@miller) Fresh sourdough today! #bread

                Recipe: [https://example.com/recipes/sourdough-country-loaf](https://example.com/recipes/sourdough-country-loaf)\\
                Enjoy!\\
                — the bakers

                """)
    }

    @Test func aShortenedLinkRendersAsOneLink() {
        let page = rendered(markdown(mastodonPost, HTMLToMarkdown(rewriteLink: { $0.isHashtag ? nil : $0.href })))
        #expect(page.components(separatedBy: "<a ").count == 3)
        #expect(page.contains(">https://example.com/recipes/sourdough-country-loaf</a><br />"))
        #expect(!page.contains("…"))
    }

    @Test func linkRewritingSeesClassesAndRelations() {
        let seen = LockedLinks()
        let converter = HTMLToMarkdown(rewriteLink: {
            seen.append($0)
            return $0.href
        })
        _ = converter.convert(mastodonPost)
        let links = seen.links
        #expect(links.count == 3)
        #expect(links[0].classes == ["u-url", "mention"] && !links[0].isHashtag)
        #expect(links[1].isHashtag && links[1].relations == ["tag"])
        #expect(links[2].relations == ["nofollow", "noopener", "noreferrer"])
        // By default a hashtag stays a link.
        #expect(markdown(mastodonPost).contains("[#bread](https://bakery.example/tags/bread)"))
    }

    @Test func aHashtagAtTheStartOfALineIsNotEscaped() {
        let converter = HTMLToMarkdown(rewriteLink: { $0.isHashtag ? nil : $0.href })
        let html = "<p><a href=\"https://bakery.example/tags/bread\" class=\"mention hashtag\" rel=\"tag\">#<span>bread</span></a> is life</p>"
        #expect(markdown(html, converter) == "#bread is life\n")
    }

    // MARK: WordPress

    @Test func wordPressBlockEditorContent() {
        let html = """
            <!-- wp:paragraph -->
            <p>Our <strong>new</strong> oven arrived.</p>
            <!-- /wp:paragraph -->

            <!-- wp:image {"id":42,"sizeSlug":"large"} -->
            <figure class="wp-block-image size-large"><img src="https://blog.example/wp-content/uploads/2021/03/oven.jpg" alt="The oven" class="wp-image-42"/><figcaption>The new oven, <em>finally</em>.</figcaption></figure>
            <!-- /wp:image -->

            <!-- wp:heading -->
            <h2>Baking times</h2>
            <!-- /wp:heading -->

            <!-- wp:list -->
            <ul><li>Bread: 40 min</li><li>Rolls: 20 min<ul><li>small: 15</li></ul></li></ul>
            <!-- /wp:list -->

            <!-- wp:quote -->
            <blockquote class="wp-block-quote"><p>Bake it <em>longer</em>.</p><cite>Grandma</cite></blockquote>
            <!-- /wp:quote -->
            """
        let result = HTMLToMarkdown().convert(html)
        #expect(
            result.markdown == """
                Our **new** oven arrived.

                ![The oven](https://blog.example/wp-content/uploads/2021/03/oven.jpg)

                The new oven, *finally*.

                ### Baking times

                - Bread: 40 min
                - Rolls: 20 min
                  - small: 15

                > Bake it *longer*.
                >
                > Grandma

                """)
        #expect(
            result.images == [
                HTMLToMarkdown.Image(
                    source: "https://blog.example/wp-content/uploads/2021/03/oven.jpg",
                    address: "https://blog.example/wp-content/uploads/2021/03/oven.jpg", alt: "The oven")
            ])
    }

    @Test func wordPressClassicContentWithoutParagraphs() {
        let html = """
            Première ligne
            deuxième ligne<br />
            troisième ligne

            Nouveau <strong>paragraphe</strong> avec <a href="https://example.com/">un lien</a>.


            Encore un.
            <ul>
            \t<li>un</li>
            \t<li>deux</li>
            </ul>
            <pre>code
              indented

            x</pre>
            Fin.
            """
        #expect(
            markdown(html, HTMLToMarkdown(autoParagraphs: true)) == """
                Première ligne\\
                deuxième ligne\\
                troisième ligne

                Nouveau **paragraphe** avec [un lien](https://example.com/).

                Encore un.

                - un
                - deux

                ```
                code
                  indented

                x
                ```

                Fin.

                """)
        // Without the option, newlines are spaces, as a browser shows them.
        #expect(markdown("a\nb\n\nc") == "a b c\n")
    }

    @Test func imagesAreRewrittenCollectedOrReplacedByTheirText() {
        let converter = HTMLToMarkdown(rewriteImage: { source in
            source.hasSuffix(".gif") ? nil : "/media/" + (source.split(separator: "/").last.map(String.init) ?? "")
        })
        let result = converter.convert(
            "<p><img src=\"https://blog.example/up/a.jpg\" alt=\"A [b]\"> <img src=\"https://s.w.org/smile.gif\" alt=\"😀\"></p>")
        #expect(result.markdown == "![A \\[b\\]](/media/a.jpg) 😀\n")
        #expect(result.images == [HTMLToMarkdown.Image(source: "https://blog.example/up/a.jpg", address: "/media/a.jpg", alt: "A [b]")])
        // Without a rewrite: only http:, https: and root-relative images.
        let plain = HTMLToMarkdown().convert(
            "<img src=\"data:image/png;base64,AAAA\" alt=\"data\"><img src=\"relative.png\" alt=\"rel\"><img src=\"/up/root.png\" alt=\"\"><img src=\"//cdn.example/x.png\" alt=\"cdn\">"
        )
        #expect(plain.markdown == "datarel![](/up/root.png)cdn\n")
        #expect(plain.images.map(\.address) == ["/up/root.png"])
    }

    // MARK: Hostile input

    @Test func scriptsFramesHandlersAndScriptAddressesAreRemoved() {
        let html = """
            <p onclick="alert(1)" style="color:red">Hi<script>alert(1)</script><iframe src="https://evil.example"></iframe>\
            <img src=x onerror=alert(1)><img src="javascript:alert(1)" alt="js"> <a href="javascript:alert(1)">click</a> \
            <a href="java&#x09;script:alert(1)">tab</a> <a href=" JAVASCRIPT:alert(1)">upper</a> <a href="data:text/html,x">data</a> \
            <a href="vbscript:x">vb</a> <a href="https://ok.example/" onmouseover="alert(1)">ok</a><object data=x>obj</object>\
            <form action="https://x">form<input value=x></form><svg><a href="https://x">svg</a></svg><math>m</math>\
            <noscript>ns</noscript><style>p{}</style><embed src=x><template>t</template></p>
            """
        let output = markdown(html)
        #expect(output == "Hijs click tab upper data vb [ok](https://ok.example/)\n")
        let page = rendered(output)
        for needle in ["script", "alert", "onerror", "onclick", "iframe", "style"] { #expect(!page.contains(needle)) }
    }

    @Test func textThatLooksLikeMarkdownOrHTMLStaysText() {
        let lines = [
            "*not bold* _nor this_ # nor this", "# not a heading", "1. not a list", "2) nor this", "- nor this", "+ nor this",
            "<b>not a tag</b> <!-- nor a comment -->", "[not](a-link) ![nor](an-image) `code` a|b ~~no~~ \\ &amp; &copy;",
            "> not a quote", "---", "===", "[^1] [ ] x", "#hashtag", "2024. A year",
        ]
        let html = lines.map { "<p>" + $0.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;") + "</p>" }
            .joined()
        let output = markdown(html)
        #expect(
            output.components(separatedBy: "\n\n") == [
                "\\*not bold\\* \\_nor this\\_ # nor this", "\\# not a heading", "1\\. not a list", "2\\) nor this", "\\- nor this",
                "\\+ nor this", "&lt;b>not a tag&lt;/b> &lt;!-- nor a comment -->",
                "\\[not\\](a-link) !\\[nor\\](an-image) \\`code\\` a\\|b \\~\\~no\\~\\~ \\\\ \\&amp; \\&copy;", "\\> not a quote", "\\---",
                "\\===", "\\[^1\\] \\[ \\] x", "#hashtag", "2024\\. A year\n",
            ])
        #expect(!output.contains("<"))
        // Read back, every line is one paragraph of exactly its text.
        let page = rendered(output)
        #expect(tagNames(in: page) == ["p"])
        let escaped = lines.map {
            "<p>"
                + $0.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(
                    of: ">", with: "&gt;"
                )
                .replacingOccurrences(of: "\"", with: "&quot;") + "</p>"
        }
        #expect(page == escaped.joined(separator: "\n") + "\n")
    }

    @Test func tenThousandNestedDivsFinish() {
        let html = String(repeating: "<div><b>", count: 10_000) + "deep" + String(repeating: "</b></div>", count: 10_000)
        let output = markdown(html)
        #expect(output == "**deep**\n")
    }

    /// Walking the tree recurses, as deep as the tree: at most about 128
    /// levels by default, which must fit in the 512 KiB stack of a secondary
    /// thread, even in a debug build (512 levels do not).
    @Test func theDeepestTreeFitsInASecondaryThreadsStack() {
        let unit = "<blockquote><ul><li><div><em><a href=\"https://x.example/\"><span><strong>"
        let html = String(repeating: unit, count: 2_000) + "deep"
        let done = DispatchSemaphore(value: 0)
        let output = LockedText()
        let thread = Thread {
            output.set(HTMLToMarkdown().convert(html).markdown)
            done.signal()
        }
        thread.stackSize = 512 * 1024
        thread.start()
        done.wait()
        #expect(output.text.contains("deep"))
    }

    @Test func fiveMegabytesAreConverted() {
        let post = "<p>Pain <b>au</b> levain, <a href=\"https://example.com/?a=1&amp;b=2\">lien</a> — 🥖 パン.</p>\n"
        let html = String(repeating: post, count: 5_000_000 / post.utf8.count)
        let result = HTMLToMarkdown().convert(html)
        #expect(!result.isTruncated)
        #expect(result.markdown.hasPrefix("Pain **au** levain, [lien](https://example.com/?a=1\\&b=2) — 🥖 パン.\n\nPain"))
        let big = HTMLToMarkdown(limits: HTMLTree.Limits(maximumBytes: 1_000)).convert(html)
        #expect(big.isTruncated)
    }

    // MARK: Elements

    @Test func emojiAndNonLatinTextAreKeptByteForByte() {
        let text = "🥖 パン 面包 خبز хлеб 👨\u{200D}👩\u{200D}👧 e\u{301} ﬁ \u{00A0}x"
        let output = markdown("<p>" + text + "</p>")
        #expect(Array(output.utf8) == Array((text + "\n").utf8))
    }

    @Test func headingsStartAtTheGivenLevel() {
        let html = "<h1>Title</h1><h2>Part</h2><h5>Deep</h5><h6>Deeper</h6><h3>C#</h3><h4> </h4>"
        #expect(markdown(html) == "## Title\n\n### Part\n\n###### Deep\n\n###### Deeper\n\n#### C\\#\n")
        #expect(markdown("<h1>A<br>B</h1>", HTMLToMarkdown(minimumHeadingLevel: 1)) == "# A B\n")
    }

    @Test func emphasisKeepsSpacesOutsideAndDropsWhatIsEmpty() {
        #expect(markdown("<p>a<strong> b </strong>c<em></em> <b><b>d</b></b> <del>e</del> <s>f</s></p>") == "a **b** c **d** ~~e~~ ~~f~~\n")
        #expect(markdown("<p><i>x <b>y</b></i></p>") == "*x **y***\n")
    }

    @Test func lineBreaks() {
        #expect(markdown("<p>a<br>b<br></p>") == "a\\\nb\n")
        #expect(markdown("<p>a<br><br>b</p>") == "a\n\nb\n")
        #expect(markdown("<p><b>a<br><br>b</b></p>") == "**a**\n\n**b**\n")
        #expect(markdown("<p><br>a</p>") == "a\n")
    }

    @Test func links() {
        #expect(markdown("<a href=\"mailto:baker@example.com\">mail</a>") == "[mail](mailto:baker@example.com)\n")
        #expect(markdown("<a href=\"/about\">about</a> <a href=\"#top\">top</a> <a>none</a>") == "about top none\n")
        #expect(markdown("<a href=\"https://x.example/\"></a>") == "")
        #expect(
            markdown("<a href=\"https://en.wikipedia.org/wiki/Bread_(food) x\">w</a>") == "[w](https://en.wikipedia.org/wiki/Bread_%28food%29%20x)\n")
        #expect(
            markdown("<a href=\"https://x.example/\"><img src=\"https://x.example/a.png\" alt=\"a\"></a>")
                == "[![a](https://x.example/a.png)](https://x.example/)\n")
        let rewritten = HTMLToMarkdown(rewriteLink: { $0.href.hasPrefix("https://old.example/") ? "/" + $0.href.dropFirst(20) : "javascript:x" })
        #expect(markdown("<a href=\"https://old.example/post\">p</a> <a href=\"https://a.example/\">a</a>", rewritten) == "[p](/post) a\n")
    }

    @Test func code() {
        #expect(markdown("<p>Use <code>a `b` c</code> or <code>`x`</code> or <code> y </code>.</p>") == "Use ``a `b` c`` or `` `x` `` or `y` .\n")
        #expect(markdown("<pre><code>let s = \"```\"\n&lt;b&gt;  \n\n</code></pre>") == "````\nlet s = \"```\"\n<b>\n````\n")
    }

    @Test func listsAndQuotes() {
        #expect(
            markdown("<ul><li>a</li></ul><ul><li>b</li></ul><ol><li>c</li><li></li><li>d</li></ol><ol><li>e</li></ol>")
                == "- a\n\n* b\n\n1. c\n2. d\n\n1) e\n")
        #expect(markdown("<ol><li><p>one</p><p>two</p></li><li>three</li></ol>") == "1. one\n\n   two\n\n2. three\n")
        #expect(
            markdown("<blockquote><p>q</p><ul><li>x</li></ul><blockquote>deeper</blockquote></blockquote><hr><p>after</p>")
                == "> q\n>\n> - x\n>\n> > deeper\n\n---\n\nafter\n")
    }

    @Test func whatARendererMakesOfItIsOnlyTheKeptElements() {
        let html = """
            <h1>T</h1><p>a <a href="https://x.example/">l</a> <strong>s</strong> <em>e</em> <del>d</del> <code>c</code><br>n</p>\
            <pre>p</pre><blockquote>q</blockquote><ul><li>u</li></ul><ol><li>o</li></ol><hr><img src="https://x.example/i.png" alt="i">\
            <table><tr><td>cell</td><td>x | y</td></tr></table><div onclick=x><span style=x>span</span></div><video src=x>v</video>
            """
        let page = rendered(markdown(html))
        #expect(
            tagNames(in: page).subtracting(["h2", "p", "a", "strong", "em", "del", "code", "br", "pre", "blockquote", "ul", "ol", "li", "hr", "img"])
                .isEmpty)
        #expect(page.contains("<p>x | y</p>"))
    }
}

/// Links seen by a `rewriteLink` closure, which must be `Sendable`.
private final class LockedLinks: @unchecked Sendable {
    private let lock = NSLock()
    private var seen: [HTMLToMarkdown.Link] = []

    func append(_ link: HTMLToMarkdown.Link) { lock.withLock { seen.append(link) } }
    var links: [HTMLToMarkdown.Link] { lock.withLock { seen } }
}

private final class LockedText: @unchecked Sendable {
    private let lock = NSLock()
    private var value = ""

    func set(_ text: String) { lock.withLock { value = text } }
    var text: String { lock.withLock { value } }
}

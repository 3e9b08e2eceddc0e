import Testing

@testable import SiteGenCore

@Suite("Unit: HTMLTree")
struct HTMLTreeTests {
    /// How deep the tree nests, found without recursion.
    private func depth(of tree: HTMLTree) -> Int {
        var deepest = 0
        var stack = tree.nodes.map { ($0, 1) }
        while let (node, level) = stack.popLast() {
            guard case .element(let element) = node else { continue }
            deepest = max(deepest, level)
            stack += element.children.map { ($0, level + 1) }
        }
        return deepest
    }

    private func seconds(_ work: () -> Void) -> Double {
        let clock = ContinuousClock()
        let elapsed = clock.measure(work)
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    @Test func elementsAttributesAndTextAreDecoded() {
        let tree = HTMLTree(fragment: "<P CLASS='a&amp;b' Data-X=1>Caf&eacute; <B>cr&#232;me</B></P>")
        #expect(
            tree.nodes == [
                .element(
                    HTMLTree.Element(
                        name: "p", attributes: [HTMLTree.Attribute(name: "class", value: "a&b"), HTMLTree.Attribute(name: "data-x", value: "1")],
                        children: [.text("Café "), .element(HTMLTree.Element(name: "b", children: [.text("crème")]))]))
            ])
    }

    @Test func commentsAndTemplateContentAreLeftOut() {
        let tree = HTMLTree(fragment: "<!-- wp:paragraph --><p>a<!-- x -->b</p><template><p>hidden</p></template><!-- /wp:paragraph -->")
        #expect(tree.nodes == [.element(HTMLTree.Element(name: "p", children: [.text("ab")]))])
    }

    @Test func aFragmentKeepsItsOrder() {
        // As a document, Gumbo would move the <title> and <style> into <head>.
        let tree = HTMLTree(fragment: "a<title>t</title><style>p{}</style>b")
        #expect(tree.nodes.count == 4)
        #expect(tree.plainText == "a t b")
    }

    @Test func aDocumentHasItsHTMLElement() {
        let tree = HTMLTree(document: "<!DOCTYPE html><title>T</title><p>Body")
        guard case .element(let html) = tree.nodes.first else {
            Issue.record("no element")
            return
        }
        #expect(html.name == "html")
        #expect(html.children.compactMap { if case .element(let e) = $0 { e.name } else { nil } } == ["head", "body"])
    }

    @Test func unknownAndSVGElementsAreNamedInLowerCase() {
        let tree = HTMLTree(fragment: "<my-Widget>x</my-Widget><svg><foreignObject>y</foreignObject></svg>")
        guard case .element(let widget) = tree.nodes.first, case .element(let svg) = tree.nodes.last,
            case .element(let foreign) = svg.children.first
        else {
            Issue.record("unexpected tree \(tree)")
            return
        }
        #expect(widget.name == "my-widget")
        #expect(foreign.name == "foreignobject")
    }

    @Test func tagsInsideScriptsAndTitlesStayText() {
        let tree = HTMLTree(fragment: "<style>a<b { }</style><textarea><b>not &amp; bold</b></textarea><script>x = '<div>'</script>")
        guard tree.nodes.count == 3, case .element(let style) = tree.nodes[0], case .element(let textarea) = tree.nodes[1],
            case .element(let script) = tree.nodes[2]
        else {
            Issue.record("unexpected tree \(tree)")
            return
        }
        #expect(style.children == [.text("a<b { }")])
        #expect(textarea.children == [.text("<b>not & bold</b>")])
        // So that `<!--<script>` cannot hide an end tag (see HTMLNestingGuard).
        #expect(script.children == [.text("x = '&lt;div>'")])
    }

    @Test func plainTextSeparatesBlocksAndHidesCode() {
        let tree = HTMLTree(fragment: "<h1>Un</h1><p>très <b>b</b>on<br>pain</p><script>alert(1)</script><style>p{}</style>  fin ")
        #expect(tree.plainText == "Un très bon pain fin")
    }

    @Test func tenThousandNestedDivsFinishWithBoundedDepth() {
        let html = String(repeating: "<div>", count: 10_000) + "deep" + String(repeating: "</div>", count: 10_000) + "after"
        var tree = HTMLTree(fragment: "")
        let time = seconds { tree = HTMLTree(fragment: html) }
        #expect(time < 10)
        #expect(depth(of: tree) <= 512)
        #expect(tree.plainText == "deep after")
    }

    /// Constructions that nest in Gumbo without nesting in a naive count of
    /// start and end tags; each must stay within the limit, and quickly.
    @Test(
        "hostile nesting stays bounded",
        arguments: [
            "<div></x>", "<span><div></span>", "<b><i></b>", "<svg><div/>", "<math><mi><p/>", "<table><td>", "<ul><li><ul></li>",
            "<p><b>", "<a href=x>", "<div><b></div>", "<!--><div>", "<div a='<!--'>", "<svg><style><div>", "<select><div>",
            "<svg><title><div>", "<div></div x>", "<h1><h2>", "<font color=red>", "<svg><font color=x/>",
            "<div><script><!--<script></script></div></script>", "<svg><font><style><div>",
        ])
    func hostileNesting(_ unit: String) {
        let html = String(repeating: unit, count: 20_000) + "x"
        var tree = HTMLTree(fragment: "")
        let time = seconds { tree = HTMLTree(fragment: html, limits: HTMLTree.Limits(maximumDepth: 256)) }
        #expect(time < 20)
        #expect(depth(of: tree) <= 256 + 16)
    }

    /// The guard itself must stay linear: its checks look at the top of its
    /// stack, not through it.
    @Test(
        "a full stack does not make the guard slow",
        arguments: ["<y/>", "<style></style>", "</div>", "<svg/>"])
    func deepStackThenManyTags(_ unit: String) {
        let html = String(repeating: "<x>", count: 300) + String(repeating: "<dd><option>", count: 200) + String(repeating: unit, count: 200_000)
        var tree = HTMLTree(fragment: "")
        let time = seconds { tree = HTMLTree(fragment: html) }
        #expect(time < 20)
        #expect(depth(of: tree) <= 512 + 16)
    }

    @Test func textBeyondTheDepthLimitIsKept() {
        let html = String(repeating: "<span>", count: 600) + "deep" + String(repeating: "</span>", count: 600)
        #expect(HTMLTree(fragment: html).plainText == "deep")
        let script = String(repeating: "<div>", count: 600) + "<script>alert(1)</script>ok"
        #expect(HTMLTree(fragment: script).plainText == "ok")
    }

    @Test func longInputIsCutAtACharacterBoundary() {
        let tree = HTMLTree(fragment: "<p>" + String(repeating: "é", count: 10), limits: HTMLTree.Limits(maximumBytes: 8))
        #expect(tree.isTruncated)
        #expect(tree.plainText == "éé")
        #expect(!HTMLTree(fragment: "<p>short").isTruncated)
    }

    @Test func fiveMegabytesAreRead() {
        let paragraph = "<p>Pain <b>au</b> levain, <a href=\"https://example.com/?a=1&amp;b=2\">lien</a> — 🥖 パン.</p>\n"
        let html = String(repeating: paragraph, count: 5_000_000 / paragraph.utf8.count)
        var tree = HTMLTree(fragment: "")
        let time = seconds { tree = HTMLTree(fragment: html) }
        #expect(time < 30)
        #expect(!tree.isTruncated)
        #expect(tree.nodes.count > 40_000)
    }
}

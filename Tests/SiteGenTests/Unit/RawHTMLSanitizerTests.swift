import SiteGenCore
import Testing

@testable import SiteGen

@Suite("Unit: RawHTMLSanitizer")
struct RawHTMLSanitizerTests {
    /// What a browser would find in `html`: no attribute that runs script, no `<base>`, no `<meta http-equiv>`.
    static func dangers(in html: String) -> [String] {
        let tokens = HTMLTokens(parsing: Array(("<body>" + html).utf8))
        var found: [String] = []
        for tag in tokens.tags {
            if tag.name == "base" || (tag.name == "meta" && tag.attributes.contains { $0.name == "http-equiv" }) { found.append("<\(tag.name)>") }
            for attribute in tag.attributes where RawHTMLSanitizer.danger(of: attribute) != nil { found.append(attribute.name) }
        }
        return found
    }

    /// The classic vectors of the XSS filter evasion cheat sheets.
    @Test(
        "script vectors lose what runs script",
        arguments: [
            (#"<img src=x onerror=alert(1)>"#, #"<img src=x>"#),
            (#"<IMG SRC="jav&#x09;ascript:alert(1)">"#, #"<IMG>"#),
            (#"<a href=" javascript:alert(1)">x</a>"#, #"<a>x</a>"#),
            ("<a href=\"java\nscript:alert(1)\">x</a>", "<a>x</a>"),
            (#"<a href="&#106;avascript:alert(1)">x</a>"#, #"<a>x</a>"#),
            (#"<a href="&#x6A;ava&Tab;script&colon;alert(1)">x</a>"#, #"<a>x</a>"#),
            (#"<a HREF="JaVaScRiPt:alert(1)" onMouseOver="alert(1)">x</a>"#, #"<a>x</a>"#),
            (#"<a href="vbscript:msgbox(1)">x</a>"#, #"<a>x</a>"#),
            (#"<a href="file:///etc/passwd">x</a>"#, #"<a>x</a>"#),
            (#"<svg onload=alert(1)>"#, #"<svg>"#),
            (#"<img/src="x"/onerror=alert(1)>"#, #"<img/src="x"/>"#),
            (#"<math><a xlink:href="javascript:alert(1)">x</a></math>"#, #"<math><a>x</a></math>"#),
            (#"<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>"#, #"<svg><a><text>x</text></a></svg>"#),
            (#"<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">"#, #"<img>"#),
            (#"<object data="data:text/html,<script>alert(1)</script>"></object>"#, #"<object></object>"#),
            (
                #"<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">go</button></form>"#,
                #"<form><button>go</button></form>"#
            ),
            (#"<img srcset="a.png 1x, javascript:alert(1) 2x">"#, #"<img>"#),
            (#"<video poster="javascript:alert(1)"></video>"#, #"<video></video>"#),
            (#"<meta http-equiv="refresh" content="0;url=javascript:alert(1)">"#, ""),
            (#"<base href="https://attacker.example/">"#, ""),
            (#"<div style="background:url(javascript:alert(1))">x</div>"#, #"<div>x</div>"#),
            (#"<div style="width: expression(alert(1))">x</div>"#, #"<div>x</div>"#),
            (#"<div style="width: \65 xpression(alert(1))">x</div>"#, #"<div>x</div>"#),
            (#"<div style="background:url('java/**/script:alert(1)')">x</div>"#, #"<div>x</div>"#),
            (
                #"<svg><a><animate attributeName=href values="javascript:alert(1)"/><text>x</text></a></svg>"#,
                #"<svg><a><animate attributeName=href/><text>x</text></a></svg>"#
            ),
            (#"<body onload=alert(1)>"#, #"<body>"#),
            (#"<p><html onclick=alert(1)>"#, #"<p><html>"#),
            (#"<details open ontoggle=alert(1)>"#, #"<details open>"#),
            (#"<input autofocus onfocus=alert(1)>"#, #"<input autofocus>"#),
            (#"<img src=x onerror=alert(1) onerror=alert(2)>"#, #"<img src=x>"#),
        ])
    func vectors(_ input: String, _ expected: String) {
        let result = RawHTMLSanitizer.sanitize(input)
        #expect(result.html == expected)
        #expect(!result.findings.isEmpty)
        #expect(Self.dangers(in: result.html).isEmpty)
    }

    /// Pieces a browser reads differently from a parser that ignores GitHub's
    /// tag filter or `noscript`: the sanitizer reads them as the browser will.
    @Test(
        "what follows a filtered tag is read as a browser reads it",
        arguments: [
            #"<svg><style><img src=x onerror=alert(1)></style></svg>"#,
            #"<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>"#,
            #"<svg><![CDATA[><img src=x onerror=alert(1)>]]></svg>"#,
            #"<title><img src=x onerror=alert(1)></title>"#,
            #"<script/src=data:,alert(1)></script>"#,
            #"<textarea><img src=x onerror=alert(1)></textarea>"#,
        ])
    func filteredTagsAreReadAsTheBrowserReadsThem(_ input: String) {
        let result = RawHTMLSanitizer.sanitize(input)
        #expect(Self.dangers(in: result.html).isEmpty, "\(result.html)")
        #expect(!result.html.lowercased().contains("<script"))
        #expect(!result.html.lowercased().contains("<style"))
        #expect(!result.html.lowercased().contains("<noscript"))
    }

    @Test(
        "a piece left open at its end is shown as text",
        arguments: [
            #"<div title=""#, "<a href=x", "<!-- open", "<div><p title='x",
        ])
    func leftOpen(_ input: String) {
        let result = RawHTMLSanitizer.sanitize(input)
        #expect(!result.html.contains("<"))
        #expect(result.findings.count == 1)
    }

    @Test(
        "safe HTML is kept byte for byte",
        arguments: [
            "<div class=\"note\" id=x>\n<a href=\"https://example.fr/\" title='t'>x</a><img src=\"/a.png\" alt=\"\">\n</div>",
            "<details><summary>Horaires</summary>", "</details>", "<!-- a comment -->", "<br/>", "<a href=\"mailto:a@b.fr\">",
            "<img src=\"photo.jpg\" srcset=\"photo@2x.jpg 2x\" style=\"width: 50%\">", "<kbd>Ctrl</kbd>",
            "<a href=\"/datasheet.pdf\">", "<a href=\"data.html\">", "<a title=\"javascript: a guide\" href=\"/js/\">",
        ])
    func safeHTMLIsKept(_ input: String) {
        let result = RawHTMLSanitizer.sanitize(input)
        #expect(result.html == input)
        #expect(result.findings.isEmpty)
    }

    @Test func tagFilterIsKept() {
        #expect(RawHTMLSanitizer.sanitize("<script>alert(1)</script>").html == "&lt;script>alert(1)&lt;/script>")
        #expect(RawHTMLSanitizer.sanitize("<IFRAME src=x></iframe>").html == "&lt;IFRAME src=x>&lt;/iframe>")
    }

    @Test func findingsPointAtTheAttributeInTheOriginal() {
        let result = RawHTMLSanitizer.sanitize("<script></script><img src=x onerror=alert(1)>")
        // The tags the filter shows as text first, as they come first.
        #expect(result.findings.map(\.offset) == [0, 8, 28])
        #expect(result.findings.map(\.escapedTag) == [.init(name: "script", isEnd: false), .init(name: "script", isEnd: true), nil])
        #expect(result.findings[2].message.hasPrefix("removed onerror= from <img>"))
    }

    @Test(
        "unsafe schemes",
        arguments: [
            ("javascript:alert(1)", "javascript"), (" JavaScript:x", "javascript"), ("java\tscript:x", "javascript"),
            ("\u{1}javascript:x", "javascript"), ("VBSCRIPT:x", "vbscript"), ("data:text/html,x", "data"), ("file:///etc/passwd", "file"),
            ("https://example.fr", nil), ("/javascript:x", nil), ("mailto:a@b.fr", nil), ("javascript", nil), ("./data:x", nil),
        ] as [(String, String?)])
    func schemes(_ address: String, _ scheme: String?) {
        #expect(UnsafeAddress.scheme(of: address) == scheme)
    }
}

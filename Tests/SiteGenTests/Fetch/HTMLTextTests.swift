import Foundation
import Testing

@testable import SiteGenFetch

@Suite("Fetch: HTMLText")
struct HTMLTextFetchTests {
    @Test(
        "named and numeric entities",
        arguments: [
            ("Caf&eacute; &amp; cr&egrave;me", "Café & crème"),
            ("&lt;b&gt; &quot;x&quot; &apos;y&apos;", "<b> \"x\" 'y'"),
            ("&agrave; la fran&ccedil;aise", "à la française"),
            ("l&rsquo;atelier &laquo;&nbsp;ouvert&nbsp;&raquo;", "l’atelier «\u{00A0}ouvert\u{00A0}»"),
            ("attendez&hellip; 10&ndash;12 &mdash; fin", "attendez… 10–12 — fin"),
            ("&#233;t&#xE9; &#XE9;", "été é"),
            ("&#128512; smile", "😀 smile"),
            ("&#150; dash from Windows-1252", "– dash from Windows-1252"),
            ("&#0; &#xD800; &#x110000;", "\u{FFFD} \u{FFFD} \u{FFFD}"),
            ("&unknown; &amp &#; &", "&unknown; & &#; &"),
            ("AT&T and Q&A", "AT&T and Q&A"),
            ("&Eacute;cole &OElig;uvre &euro;5", "École Œuvre €5"),
        ])
    func entities(_ input: String, expected: String) {
        #expect(HTMLText.decodingEntities(input) == expected)
    }

    @Test("all 96 Latin-1 names from U+00A0")
    func latin1Table() {
        #expect(HTMLText.latin1EntityNames.count == 96)
        #expect(HTMLText.namedEntities["yuml"] == 255)
        #expect(HTMLText.namedEntities["Ccedil"] == 199)
    }

    @Test("tags are stripped; scripts and styles with their contents")
    func tags() {
        #expect(HTMLText.plainText("Hello <script>alert(1)</script>") == "Hello")
        #expect(HTMLText.plainText("<style>p{}</style>Un <em>très</em> bon <b>pain</b>") == "Un très bon pain")
        #expect(HTMLText.plainText("Ligne<br>suivante<p>para</p>") == "Ligne suivante para")
        #expect(HTMLText.plainText("a <!-- hidden --> b") == "a b")
        #expect(HTMLText.plainText("<a href=\"x>y\" title='>'>lien</a>") == "lien")
        #expect(HTMLText.plainText("<SCRIPT type=x>bad()</ScRiPt>Safe") == "Safe")
    }

    @Test("markup hidden behind entities is stripped once decoded")
    func encodedMarkup() {
        let text = HTMLText.plainText("Title &lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;end")
        #expect(text == "Title end")
        #expect(!text.contains("<") && !text.contains(">"))
    }

    @Test("an unterminated tag removes the rest rather than leaving a <")
    func unterminated() {
        #expect(HTMLText.plainText("Before <script src=x") == "Before")
        #expect(HTMLText.plainText("Before <script>never closed") == "Before")
        #expect(HTMLText.plainText("Before <!-- never closed") == "Before")
    }

    @Test("a < that starts no tag is text")
    func loneAngleBrackets() {
        #expect(HTMLText.plainText("3 < 4 and 5 > 2") == "3 < 4 and 5 > 2")
        #expect(HTMLText.plainText("I &lt;3 bread") == "I <3 bread")
    }

    @Test("controls and invisible direction characters are removed, whitespace collapsed")
    func whitespace() {
        #expect(HTMLText.plainText("  a\n\tb\u{00A0}\u{00A0}c  \r\n") == "a b c")
        #expect(HTMLText.plainText("x\u{0007}y\u{0000}z") == "xyz")
        #expect(HTMLText.plainText("evil\u{202E}txt.exe\u{200B}") == "eviltxt.exe")
        #expect(HTMLText.plainText("👨\u{200D}👩\u{200D}👧 family") == "👨\u{200D}👩\u{200D}👧 family")
        #expect(HTMLText.plainText("a&#10;b&#9;c") == "a b c")
    }

    @Test("length limits cut at a word boundary with an ellipsis")
    func limits() {
        #expect(HTMLText.limited("short", to: 10) == "short")
        #expect(HTMLText.limited("exactly ten", to: 11) == "exactly ten")
        #expect(HTMLText.limited("The best croissant in town", to: 20) == "The best croissant…")
        #expect(HTMLText.limited("one, two, three four", to: 11) == "one, two…")
        #expect(HTMLText.limited("Supercalifragilistic", to: 10) == "Supercali…")
        let long = String(repeating: "mot ", count: 200)
        let cut = HTMLText.limited(HTMLText.plainText(long), to: 300)
        #expect(cut.count <= 300)
        #expect(cut.hasSuffix("mot…"))
        #expect(HTMLText.plainText(nil, limit: 10) == nil)
        #expect(HTMLText.plainText("  <b> </b> ", limit: 10) == nil)
    }

    @Test("bytes: charset from the header, then <meta charset>, then UTF-8, else Windows-1252")
    func decoding() {
        let latin1 = Data([0x43, 0x61, 0x66, 0xE9, 0x20, 0x80])  // "Café €" in Windows-1252
        #expect(HTMLText.decode(latin1, contentType: "text/html; charset=ISO-8859-1") == "Café €")
        #expect(HTMLText.decode(latin1, contentType: "text/html") == "Café €")
        #expect(HTMLText.decode(latin1, contentType: nil) == "Café €")
        let utf8 = Data("Café €".utf8)
        #expect(HTMLText.decode(utf8, contentType: "text/html") == "Café €")
        #expect(HTMLText.decode(utf8, contentType: "text/html; charset=\"utf-8\"") == "Café €")
        #expect(HTMLText.decode(Data([0xEF, 0xBB, 0xBF]) + utf8, contentType: nil) == "Café €")
        let meta = Data("<meta charset=\"windows-1252\"><title>Caf".utf8) + Data([0xC3, 0xA9])
        #expect(HTMLText.decode(meta, contentType: "text/html").hasSuffix("CafÃ©"))
        #expect(HTMLText.charset(inContentType: "text/html;charset=UTF-8") == "utf-8")
        #expect(HTMLText.charset(inContentType: "text/html") == nil)
        #expect(
            HTMLText.charset(inMeta: ArraySlice(Array("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">".utf8)))
                == "iso-8859-1")
    }
}

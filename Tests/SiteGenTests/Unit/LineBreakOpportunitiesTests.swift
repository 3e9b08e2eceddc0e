import Testing

@testable import SiteGen

@Suite("Unit: LineBreakOpportunities")
struct LineBreakOpportunitiesTests {
    @Test("a handle may wrap before its dots, underscores and later @, never inside a word")
    func handles() {
        #expect(LineBreakOpportunities.html("@boulangerie_martin@mastodon.social") == "@boulangerie<wbr>_martin<wbr>@mastodon<wbr>.social")
        #expect(LineBreakOpportunities.html("@boulangerie.martin") == "@boulangerie<wbr>.martin")
        #expect(LineBreakOpportunities.html("boulangeriemartinrennes") == "boulangeriemartinrennes")
    }

    @Test("an address wraps after its slashes, once per run, and not after the last one")
    func addresses() {
        #expect(LineBreakOpportunities.html("https://www.example.fr/shop/") == "https://<wbr>www<wbr>.example<wbr>.fr/<wbr>shop/")
        #expect(LineBreakOpportunities.html("a__b./c") == "a<wbr>__b<wbr>./<wbr>c")
    }

    @Test("the text is escaped for HTML around the breaks")
    func escaping() {
        #expect(LineBreakOpportunities.html(#"<b>"x".y&"#) == "&lt;b&gt;&quot;x&quot;<wbr>.y&amp;")
        #expect(LineBreakOpportunities.html("") == "")
    }
}

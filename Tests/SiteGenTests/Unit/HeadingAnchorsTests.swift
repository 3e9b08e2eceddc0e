import Testing

@testable import SiteGen

@Suite("Unit: HeadingAnchors")
struct HeadingAnchorsUnitTests {
    @Test("a heading's id is its slug")
    func slug() {
        var anchors = HeadingAnchors()
        #expect(anchors.claim("Nos pains") == "nos-pains")
        #expect(anchors.claim("Horaires d’été") == "horaires-d-ete")
    }

    @Test("repeated headings get -1, -2, ...")
    func duplicates() {
        var anchors = HeadingAnchors()
        #expect(anchors.claim("Nos pains") == "nos-pains")
        #expect(anchors.claim("Nos pains") == "nos-pains-1")
        #expect(anchors.claim("NOS PAINS !") == "nos-pains-2")
        #expect(anchors.claim("Autre") == "autre")
        #expect(anchors.claim("Nos pains") == "nos-pains-3")
    }

    @Test("a heading without letters or digits is a section")
    func empty() {
        var anchors = HeadingAnchors()
        #expect(anchors.claim("") == "section")
        #expect(anchors.claim("!!!") == "section-1")
        #expect(anchors.claim("🥐") == "section-2")
        #expect(anchors.claim("Section") == "section-3")
    }

    @Test("an id already taken by a numbered heading is not given twice")
    func suffixCollision() {
        var anchors = HeadingAnchors()
        let ids = ["Intro", "Intro", "Intro 1", "Intro 1"].map { anchors.claim($0) }
        #expect(ids == ["intro", "intro-1", "intro-1-1", "intro-1-2"])
        #expect(Set(ids).count == ids.count)

        var other = HeadingAnchors()
        let reversed = ["Intro 1", "Intro", "Intro"].map { other.claim($0) }
        #expect(reversed == ["intro-1", "intro", "intro-2"])
    }

    @Test("each page starts afresh")
    func independentPages() {
        var first = HeadingAnchors()
        var second = HeadingAnchors()
        #expect(first.claim("Contact") == "contact")
        #expect(second.claim("Contact") == "contact")
    }
}

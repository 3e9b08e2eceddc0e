import Foundation
import Testing

@testable import SiteGen
@testable import SiteGenCore

/// How `/links/`, `/press/` and the contact page of the built example look
/// to a visitor: the link hub alone, the press led by its outlets, the
/// contact page with the hours first.
@Suite("Site: the presence pages")
struct PresencePagesTests {
    let files: FileSystem

    init() throws {
        files = try InMemoryBuild.copy(of: TestSupport.exampleSite)
        try InMemoryBuild.build(TestSupport.exampleSite, in: files)
    }

    func page(_ path: String) throws -> String { try InMemoryBuild.text(files, path) }

    /// The rule of `selector` in the stylesheet, up to its closing brace.
    func rule(_ selector: String) throws -> String {
        let stylesheet = try page("style.css")
        let start = try #require(stylesheet.range(of: "\n" + selector + " {"))
        let end = try #require(stylesheet.range(of: "}", range: start.upperBound..<stylesheet.endIndex))
        return String(stylesheet[start.upperBound..<end.lowerBound])
    }

    @Test func linksPageHasNoSiteMenuNorFooterAndOneLinkHome() throws {
        let html = try page("links/index.html")
        #expect(!html.contains(#"class="site-header""#))
        #expect(!html.contains("<nav"))
        #expect(!html.contains("<footer"))
        #expect(html.contains(#"<html lang="fr">"#))
        #expect(html.contains(##"<a class="skip-link" href="#main">"##))
        #expect(html.contains(#"<main id="main" tabindex="-1">"#))
        #expect(html.matches(of: /href="\/"/).count == 1)
        #expect(html.contains(#"<a class="link-button home u-url u-uid" href="/">"#))
        #expect(html.contains("www<wbr>.boulangerie-martin<wbr>.fr</span>"))
        // Still the business's card, for IndieWeb readers, now that the footer's is gone.
        #expect(html.contains(#"<div class="wrap links-hub h-card">"#))
        #expect(html.contains(#"<h1 class="p-name">Boulangerie Martin</h1>"#))
        #expect(html.contains(#"<img class="hub-logo u-logo" src="/images/logo.svg""#))
        #expect(html.contains(#"<p class="hub-description p-note">Boulangerie familiale"#))
        // Every other page keeps the menu and the footer.
        let about = try page("a-propos/index.html")
        #expect(about.contains(#"<header class="site-header">"#) && about.contains(#"<footer class="site-footer">"#))
    }

    @Test func handlesMayWrapOnlyBetweenTheirParts() throws {
        let html = try page("links/index.html")
        #expect(html.contains(#"<span class="link-handle">@boulangerie<wbr>_martin<wbr>@mastodon<wbr>.social</span>"#))
        #expect(html.contains(#"<span class="link-handle">bonjour<wbr>@boulangerie-martin<wbr>.fr</span>"#))
        let handle = try rule(".link-handle")
        #expect(handle.contains("overflow-wrap: normal"))
        #expect(handle.contains("text-overflow: ellipsis"))
        #expect(!handle.contains("anywhere") && !handle.contains("break-all"))
        // A handle too long for a phone is cut by its ellipsis, not by widening the page.
        #expect(try rule(".link-buttons").contains("grid-template-columns: minmax(0, 1fr)"))
    }
}

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
        // The one menu is the language switcher, in the page's own small header.
        #expect(html.matches(of: /<nav/).count == 1)
        #expect(html.contains(#"<header class="hub-header">"#) && html.contains(#"<nav class="language-switcher" aria-label="Langues">"#))
        #expect(!html.contains("<footer"))
        #expect(html.contains(#"<html lang="fr" dir="ltr">"#))
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
        #expect(about.contains(#"<header class="site-header "#) && about.contains(#"<footer class="site-footer">"#))
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

    @Test func pressEntriesLeadWithTheOutletAndQuoteInABlockquote() throws {
        let html = try page("press/index.html")
        let entries = html.components(separatedBy: #"<li class="press-item">"#).dropFirst()
        #expect(entries.count == 7)
        for entry in entries {
            #expect(entry.hasPrefix("\n" + #"<h2 class="press-outlet">"#), "\(entry.prefix(80))")
        }
        #expect(
            html.contains(
                #"<h2 class="press-outlet">Ouest-France</h2>"# + "\n"
                    + #"<blockquote class="press-quote" lang="fr"><p>Un levain vieux de trente-six ans, nourri chaque matin avant l’aube.</p></blockquote>"#
            ))
        #expect(html.contains(#"<p class="press-archive"><a class="press-archive-link" href="https://web.archive.org/web/20230418093000/"#))
        let quote = try rule(".press-quote")
        #expect(quote.contains("border-left: 5px solid var(--brand)"))
    }

    @Test func aDeadArticleSaysSoInWordsAndLinksItsArchivedCopy() throws {
        let html = try page("press/index.html")
        let dead = "https://www.rennes-gourmand.fr/2023/10/kouign-amann-rue-de-saint-malo/"
        let start = try #require(html.range(of: #"<h2 class="press-outlet">Rennes Gourmand</h2>"#))
        let end = try #require(html.range(of: "</li>", range: start.upperBound..<html.endIndex))
        let entry = html[start.lowerBound..<end.lowerBound]
        #expect(entry.contains(#"<p class="press-gone">L’article original n’est plus en ligne.</p>"#))
        #expect(entry.contains(#"<a class="press-archive-link" href="https://web.archive.org/web/20231006120000/\#(dead)">Copie archivée</a>"#))
        #expect(!entry.contains(#"href="\#(dead)""#))
        // The old address stays for whoever cites it, folded away, never as code.
        #expect(entry.contains(#"<details class="press-original"><summary>Adresse d’origine</summary><p>\#(dead)</p></details>"#))
        #expect(!html.contains("address-text"))
        #expect(!(try page("style.css")).contains("address-text"))
    }

    @Test func contactPageShowsHoursThenAddressThenWaysThenTextThenQRCode() throws {
        let html = try page("contact/index.html")
        let landmarks = [
            #"<h2 id="hours">"#, #"<h2 id="special-hours">"#, #"<section class="place-card">"#, #"<ul class="contact-ways">"#,
            "<h2 id=\"commander\">", #"<h2 id="qr-code">"#,
        ]
        let places = try landmarks.map { try #require(html.range(of: $0), "\($0)").lowerBound }
        #expect(places == places.sorted(), "\(landmarks)")
        #expect(html.contains(#"<p class="place-address">14 rue de Saint-Malo<br>35000 Rennes</p>"#))
        #expect(html.contains(#"<a class="map-button" href="https://www.openstreetmap.org/?mlat=48.11470&amp;mlon=-1.68080"#))
        #expect(html.contains(#"<a class="map-button secondary" href="https://www.google.com/maps/search/?api=1&amp;query="#))
        #expect(html.contains(#"<li><span class="label">Téléphone</span> <a href="tel:+33299123456">+33 2 99 12 34 56</a></li>"#))
        // One range a line, never cut at its dash.
        #expect(
            html.contains(
                #"<tr><th scope="row">Mardi</th><td><span class="hours-range">07:00–13:30</span> <span class="hours-range">15:30–19:30</span> </td></tr>"#
            ))
        #expect(html.contains(#"<tr class="closed"><th scope="row">Lundi</th><td><span class="hours-range">Fermé</span> </td></tr>"#))
    }

    @Test func printingKeepsButtonsReadableAndTheContactPartsWhole() throws {
        let print = try page("print.css")
        #expect(print.contains(".link-button, .map-button, .press-archive-link { color: #000 !important; background: none !important;"))
        #expect(print.contains(".contact-hours, .place-card, .contact-ways, .contact-qr, .contact { break-inside: avoid; }"))
    }
}

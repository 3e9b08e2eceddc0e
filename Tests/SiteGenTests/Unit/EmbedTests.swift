import Foundation
import Testing

@testable import SiteGen
@testable import SiteGenCore

@Suite("Unit: Embeds")
struct EmbedTests {
    private func render(_ markdown: String, mode: EmbedMode = .card) -> MarkdownRenderer.Output {
        MarkdownRenderer(embeds: EmbedMarkup(mode: mode)).render(
            markdown, resolveLink: { .success(ResolvedLink(address: $0.destination)) },
            location: { SourceLocation(file: "page.md", line: $0, column: $1) })
    }

    /// Every address of `html`'s `src`, `srcset`, `poster`, `data` and `style` attributes.
    static func loadedAddresses(in html: String) -> [String] {
        let tokens = HTMLTokens(parsing: Array(("<body>" + html).utf8))
        return tokens.tags.flatMap { tag in
            tag.attributes.filter { ["src", "srcset", "poster", "data", "style", "background"].contains($0.name) }.map(\.value)
        }
    }

    @Test(
        "video addresses",
        arguments: [
            ("https://www.youtube.com/watch?v=aqz-KE-bpKQ", "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ"),
            ("http://youtube.com/watch?v=aqz-KE-bpKQ&list=PL1", "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ"),
            ("https://m.youtube.com/watch?feature=share&v=aqz-KE-bpKQ", "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ"),
            ("https://youtu.be/aqz-KE-bpKQ?si=Abc123", "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ"),
            ("https://youtu.be/aqz-KE-bpKQ?t=90", "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?start=90"),
            ("https://www.youtube.com/watch?v=aqz-KE-bpKQ&t=1h2m3s", "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?start=3723"),
            ("https://www.youtube.com/shorts/aqz-KE-bpKQ/", "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ"),
            ("https://www.youtube.com/embed/aqz-KE-bpKQ?start=30", "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?start=30"),
            ("https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871"),
            ("https://www.vimeo.com/76979871/8f2b3c4d5e", "https://player.vimeo.com/video/76979871?h=8f2b3c4d5e"),
            ("https://player.vimeo.com/video/76979871", "https://player.vimeo.com/video/76979871"),
            ("https://framatube.org/w/kkGMgK9ZtnKfYAgnEtQxbv", "https://framatube.org/videos/embed/kkGMgK9ZtnKfYAgnEtQxbv"),
            (
                "https://peertube.example.fr/videos/watch/9c9de5e8-0a1e-484a-b099-e80766180a6d",
                "https://peertube.example.fr/videos/embed/9c9de5e8-0a1e-484a-b099-e80766180a6d"
            ),
        ])
    func videos(_ address: String, _ player: String) throws {
        let video = try #require(VideoEmbed(address: address))
        #expect(video.playerAddress == player)
    }

    /// Odd identifiers, other pages of the platforms, hostile text: a plain link.
    @Test(
        "not videos",
        arguments: [
            "https://www.youtube.com/watch?v=too-short", "https://www.youtube.com/watch?v=aqz-KE-bpKQX",
            "https://www.youtube.com/watch?v=aqz-KE\"bpKQ", "https://www.youtube.com/watch?v=aqz-KE-bpKQ&v=aqz-KE-bpKQ",
            "https://www.youtube.com/@boulangerie", "https://www.youtube.com/channel/UC1234567890", "https://youtu.be/",
            "https://youtu.be/aqz-KE-bpKQ/extra", "https://www.youtube.com:8443/watch?v=aqz-KE-bpKQ",
            "https://user:pw@www.youtube.com/watch?v=aqz-KE-bpKQ", "https://www.youtube.com/watch/?v=aqz%2DKE-bpKQ%00",
            "https://youtu.be/aqz%2FKE-bpKQ", "javascript:alert(1)//youtu.be/aqz-KE-bpKQ", "https://vimeo.com/channels/staffpicks",
            "https://vimeo.com/1234567890123", "https://vimeo.com/76979871/not-a-key!", "https://framatube.org/w/p/kkGMgK9ZtnKfYAgnEtQxbv",
            "https://framatube.org/w/short", "https://framatube.org/w/kkGMgK9ZtnKfYAgnEtQxb0", "https://wiki.example/w/Main_Page",
            "https://framatube.org/videos/watch/9c9de5e8-0a1e-484a-b099-e80766180a6", "https://localhost/w/kkGMgK9ZtnKfYAgnEtQxbv",
            "https://www.example.fr/", "/videos/oven.mp4",
            "https://youtu.be/" + String(repeating: "a", count: 5_000),
        ])
    func notVideos(_ address: String) {
        #expect(VideoEmbed(address: address) == nil)
    }

    @Test(
        "start times",
        arguments: [
            ("90", 90), ("90s", 90), ("1m30s", 90), ("1h", 3_600), ("2m", 120), ("0", nil), ("", nil), ("1s1m", nil), ("1m1m", nil),
            ("m", nil), ("-5", nil), ("1.5", nil), ("99999999999", nil), ("1d", nil), ("30x", nil), ("90000", nil), ("86400", 86_400),
        ] as [(String, Int?)])
    func startTimes(_ value: String, _ seconds: Int?) {
        #expect(VideoEmbed.start([URLQueryItem(name: "t", value: value)]) == seconds)
    }

    @Test(
        "map addresses",
        arguments: [
            ("https://www.openstreetmap.org/#map=18/48.11470/-1.68080", 48.1147, -1.6808, 18),
            ("https://www.openstreetmap.org/?mlat=48.1147&mlon=-1.6808#map=16/48.1100/-1.6700", 48.1147, -1.6808, 16),
            ("https://openstreetmap.org/?mlat=48.1147&mlon=-1.6808", 48.1147, -1.6808, 17),
            ("https://www.openstreetmap.org/#map=12/-33.8688/151.2093&layers=C", -33.8688, 151.2093, 12),
        ])
    func maps(_ address: String, _ latitude: Double, _ longitude: Double, _ zoom: Int) throws {
        let map = try #require(MapEmbed(address: address))
        #expect(map.latitude == latitude)
        #expect(map.longitude == longitude)
        #expect(map.zoom == zoom)
    }

    @Test(
        "not maps",
        arguments: [
            "https://www.openstreetmap.org/", "https://www.openstreetmap.org/node/123456", "https://www.openstreetmap.org/#map=21/48.1/-1.6",
            "https://www.openstreetmap.org/#map=18/91/-1.6", "https://www.openstreetmap.org/#map=18/48.1/181",
            "https://www.openstreetmap.org/#map=18/48.1", "https://www.openstreetmap.org/?mlat=nan&mlon=1",
            "https://www.openstreetmap.org/?mlat=1e2&mlon=1",
            "https://www.openstreetmap.org/?mlat=48.1", "https://maps.example/#map=18/48.1/-1.6",
        ])
    func notMaps(_ address: String) {
        #expect(MapEmbed(address: address) == nil)
    }

    @Test func anAddressAloneOnALineBecomesACardThatLoadsNothing() {
        for markdown in [
            "https://www.youtube.com/watch?v=aqz-KE-bpKQ", "<https://www.youtube.com/watch?v=aqz-KE-bpKQ>",
            "[https://www.youtube.com/watch?v=aqz-KE-bpKQ](https://www.youtube.com/watch?v=aqz-KE-bpKQ)",
            "www.youtube.com/watch?v=aqz-KE-bpKQ",
        ] {
            let html = render(markdown).html
            #expect(html.hasPrefix(#"<p class="embed"><a class="embed-card" href="https://www.youtube.com/watch?v=aqz-KE-bpKQ">"#), "\(markdown)")
            #expect(html.contains(#"<span class="visually-hidden">Play: </span><span class="embed-title">Video on YouTube</span></span></a></p>"#))
            #expect(Self.loadedAddresses(in: html).isEmpty, "\(html)")
            #expect(!html.contains("<iframe"))
            #expect(!html.contains("ytimg"))
        }
    }

    @Test func aLinksOwnTextIsTheCardsTitle() {
        let html = render("[Our *oven* at work](https://vimeo.com/76979871)").html
        #expect(
            html
                == #"<p class="embed"><a class="embed-card" href="https://vimeo.com/76979871">"#
                + EmbedMarkup.playIcon
                + #"<span class="embed-text"><span class="visually-hidden">Play: </span><span class="embed-title">Our oven at work</span>"#
                + #"<span class="visually-hidden"> on </span><span class="embed-platform">Vimeo</span></span></a></p>"# + "\n")
        #expect(Self.loadedAddresses(in: html).isEmpty)
    }

    @Test func aMapIsACardInBothModes() {
        let card = render("https://www.openstreetmap.org/?mlat=48.1147&mlon=-1.6808").html
        #expect(card.contains(#"<span class="embed-title">Map on OpenStreetMap</span>"#))
        #expect(card.contains(EmbedMarkup.pinIcon))
        #expect(!card.contains("Play"))
        #expect(Self.loadedAddresses(in: card).isEmpty)
        let frame = render("[The shop](https://www.openstreetmap.org/#map=18/48.1147/-1.6808)", mode: .iframe).html
        #expect(
            frame.contains(
                #"<iframe src="https://www.openstreetmap.org/export/embed.html?bbox=-1.68252,48.11406,-1.67908,48.11534&amp;layer=mapnik&amp;marker=48.11470,-1.68080" title="The shop on OpenStreetMap""#
            ))
        #expect(
            frame.contains(#"<figcaption><a href="https://www.openstreetmap.org/#map=18/48.1147/-1.6808">The shop on OpenStreetMap</a></figcaption>"#)
        )
    }

    @Test func iframeModeShowsThePlayerWithTheLinkBelow() {
        let html = render("[Our oven](https://youtu.be/aqz-KE-bpKQ?t=30)\n\nhttps://framatube.org/w/kkGMgK9ZtnKfYAgnEtQxbv", mode: .iframe).html
        #expect(
            html.hasPrefix(
                #"<figure class="embed embed-player"><div class="embed-frame"><iframe src="https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?start=30" title="Our oven on YouTube" width="560" height="315" loading="lazy" allow="accelerometer; autoplay; encrypted-media; gyroscope; picture-in-picture" referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe></div><figcaption><a href="https://youtu.be/aqz-KE-bpKQ?t=30">Our oven on YouTube</a></figcaption></figure>"#
            ), "\(html)")
        #expect(html.contains(#"<iframe src="https://framatube.org/videos/embed/kkGMgK9ZtnKfYAgnEtQxbv" title="Video on PeerTube""#))
        #expect(!html.contains("&lt;iframe"))
    }

    @Test func onlyAnAddressAloneInItsParagraphIsEmbedded() {
        for markdown in [
            "Watch https://youtu.be/aqz-KE-bpKQ now", "https://youtu.be/aqz-KE-bpKQ\nhttps://vimeo.com/76979871",
            "[![poster](/poster.jpg)](https://youtu.be/aqz-KE-bpKQ)", "# https://youtu.be/aqz-KE-bpKQ", "https://youtu.be/aqz-KE-bp",
        ] {
            #expect(!render(markdown).html.contains("embed"), "\(markdown)")
        }
        // In a list or a quote it is still alone in its paragraph.
        #expect(render("- https://youtu.be/aqz-KE-bpKQ\n- two").html.contains("<li>\n" + #"<p class="embed">"#))
        #expect(render("> https://youtu.be/aqz-KE-bpKQ").html.contains(#"<blockquote>"# + "\n" + #"<p class="embed">"#))
    }

    @Test func aPagesSummaryIsItsFirstParagraphOfText() {
        let output = render("https://youtu.be/aqz-KE-bpKQ\n\nOur new oven, at work.")
        #expect(output.firstParagraph == "Our new oven, at work.")
    }

    @Test func unknownEmbedsValueIsAnErrorListingTheChoices() throws {
        let source = YAMLSource(file: "site.yml", text: "name: Shop\nurl: https://shop.example/\nembeds: video\n")
        let error = #expect(throws: DiagnosticsError.self) { try SiteConfigLoader().load(source) }
        #expect(
            error?.diagnostics.map(\.description) == [
                "site.yml:3:9: error: embeds: \"video\" is not a way to show videos: write `card` (a link to the video, the default) or `iframe` (the platform's player in the page)"
            ])
        let iframe = try SiteConfigLoader().load(YAMLSource(file: "site.yml", text: "name: Shop\nurl: https://shop.example/\nembeds: iframe\n"))
        #expect(iframe.embeds == .iframe)
        #expect(try SiteConfigLoader().load(YAMLSource(file: "site.yml", text: "name: Shop\nurl: https://shop.example/\n")).embeds == .card)
    }
}

import Foundation
import Testing

@testable import SiteGen
@testable import SiteGenCore
@testable import SiteGenManifest

/// The platform registry of the theme (`Templates/platforms.yml`): data that
/// recognises a profile's platform and handle from its address.
@Suite("Unit: PlatformRegistry")
struct PlatformRegistryUnitTests {
    static let registry: PlatformRegistry = {
        let file = EmbeddedResources.theme.first { $0.path == "platforms.yml" }!
        let source = YAMLSource(file: "theme:platforms.yml", text: String(decoding: file.data, as: UTF8.self))
        return try! PlatformRegistryLoader().load(source)
    }()

    static let examples: [(url: String, platform: String?, handle: String?)] = [
        ("https://www.instagram.com/boulangerie.martin/", "instagram", "@boulangerie.martin"),
        ("https://instagram.com/boulangerie.martin?igsh=MWQ1ZGUxMzBkMA==", "instagram", "@boulangerie.martin"),
        ("https://www.facebook.com/boulangerie.martin", "facebook", "boulangerie.martin"),
        ("https://m.facebook.com/boulangerie.martin/", "facebook", "boulangerie.martin"),
        ("https://fb.me/boulangerie.martin", "facebook", "boulangerie.martin"),
        ("https://x.com/boulangerie_m", "x", "@boulangerie_m"),
        ("https://mobile.twitter.com/boulangerie_m/", "x", "@boulangerie_m"),
        ("https://notx.com/boulangerie", nil, nil),
        ("https://www.threads.net/@boulangerie.martin", "threads", "@boulangerie.martin"),
        ("https://www.threads.com/@boulangerie.martin", "threads", "@boulangerie.martin"),
        ("https://bsky.app/profile/boulangerie-martin.bsky.social", "bluesky", "@boulangerie-martin.bsky.social"),
        ("https://bsky.app/", "bluesky", nil),
        ("https://www.linkedin.com/company/boulangerie-martin/", "linkedin", "boulangerie-martin"),
        ("https://fr.linkedin.com/in/jeanne-martin", "linkedin", "jeanne-martin"),
        ("https://www.youtube.com/@BoulangerieMartin", "youtube", "@BoulangerieMartin"),
        ("https://m.youtube.com/@BoulangerieMartin/videos", "youtube", "@BoulangerieMartin"),
        ("https://www.tiktok.com/@boulangerie.martin", "tiktok", "@boulangerie.martin"),
        ("https://www.pinterest.fr/boulangeriemartin/", "pinterest", "@boulangeriemartin"),
        ("https://uk.pinterest.com/boulangeriemartin/", "pinterest", "@boulangeriemartin"),
        ("https://www.pinterest.co.uk/boulangeriemartin", "pinterest", "@boulangeriemartin"),
        ("https://www.snapchat.com/add/boulangerie.m", "snapchat", "boulangerie.m"),
        ("https://nextdoor.fr/pages/boulangerie-martin-paris/", "nextdoor", nil),
        ("https://wa.me/33612345678", "whatsapp", "+33612345678"),
        ("https://t.me/boulangeriemartin", "telegram", "@boulangeriemartin"),
        ("https://discord.gg/AbCd123", "discord", nil),
        ("https://g.page/boulangerie-martin", "google-business-profile", nil),
        ("https://g.co/kgs/AbC1dEf", "google-business-profile", nil),
        ("https://www.google.com/maps/place/Boulangerie+Martin/@48.8566,2.3522,17z", "google-maps", nil),
        ("https://www.google.fr/maps/place/Boulangerie+Martin", "google-maps", nil),
        ("https://maps.app.goo.gl/AbCdEf123", "google-maps", nil),
        ("https://maps.google.com/?cid=1234567890", "google-maps", nil),
        ("https://goo.gl/maps/AbCdEf", "google-maps", nil),
        ("https://www.google.com/", nil, nil),
        ("https://www.google.com/search?q=boulangerie+martin", nil, nil),
        ("https://www.tripadvisor.fr/Restaurant_Review-g187147-d1234567-Reviews-Boulangerie_Martin-Paris.html", "tripadvisor", nil),
        ("https://www.tripadvisor.com.au/Restaurant_Review-g255060-d7654321-Reviews-Martin-Sydney.html", "tripadvisor", nil),
        ("https://www.yelp.co.uk/biz/boulangerie-martin-london", "yelp", nil),
        ("https://fr.trustpilot.com/review/boulangerie-martin.fr", "trustpilot", "boulangerie-martin.fr"),
        ("https://www.thefork.fr/restaurant/boulangerie-martin-r123456", "thefork", nil),
        ("https://www.opentable.co.uk/r/boulangerie-martin-london", "opentable", nil),
        ("https://www.ubereats.com/fr/store/boulangerie-martin/AbCdEf", "uber-eats", nil),
        ("https://deliveroo.co.uk/menu/london/soho/boulangerie-martin", "deliveroo", nil),
        ("https://www.airbnb.fr/rooms/12345678", "airbnb", nil),
        ("https://www.booking.com/hotel/fr/martin.fr.html", "booking", nil),
        ("https://www.doctolib.fr/dentiste/paris/jeanne-martin", "doctolib", nil),
        ("https://www.houzz.fr/professionnels/architecte/atelier-martin-pfvwfr-pf~123456", "houzz", nil),
        ("https://www.etsy.com/shop/BoulangerieMartin", "etsy", "BoulangerieMartin"),
        ("https://www.vinted.fr/member/123456-boulangerie", "vinted", nil),
        ("https://www.leboncoin.fr/boutique/123456/boulangerie_martin", "leboncoin", nil),
        ("https://www.kickstarter.com/profile/boulangerie", "kickstarter", "boulangerie"),
        ("https://www.patreon.com/boulangerie", "patreon", "boulangerie"),
        ("https://ko-fi.com/boulangerie", "ko-fi", "boulangerie"),
        ("https://github.com/boulangerie-martin", "github", "boulangerie-martin"),
        ("https://vimeo.com/boulangeriemartin", "vimeo", "boulangeriemartin"),
        ("https://www.twitch.tv/boulangerie", "twitch", "boulangerie"),
        ("https://open.spotify.com/artist/4Z8W4fKeB5YxbusRsdQVPb", "spotify", nil),
        ("https://soundcloud.com/boulangerie-martin", "soundcloud", "boulangerie-martin"),
        ("https://www.behance.net/boulangerie", "behance", "boulangerie"),
        ("https://dribbble.com/boulangerie", "dribbble", "boulangerie"),
        ("https://www.flickr.com/photos/boulangeriemartin/", "flickr", "boulangeriemartin"),
        ("https://boulangerie.substack.com/", "substack", "boulangerie"),
        ("https://medium.com/@boulangerie.martin", "medium", "@boulangerie.martin"),
        ("https://boulangerie.tumblr.com/", "tumblr", "boulangerie"),
        ("https://www.tumblr.com/boulangerie", "tumblr", nil),
        ("https://www.reddit.com/r/boulangerie/", "reddit", "boulangerie"),
        ("https://old.reddit.com/user/boulangerie_martin", "reddit", "boulangerie_martin"),
        ("https://mastodon.social/@boulangerie_martin", "mastodon", "@boulangerie_martin@mastodon.social"),
        ("https://piaille.fr/@boulangerie", "mastodon", "@boulangerie@piaille.fr"),
        ("https://mstdn.social/@boulangerie_martin/", "mastodon", "@boulangerie_martin@mstdn.social"),
        ("https://fosstodon.org/@boulangerie/112233445566778899", "mastodon", "@boulangerie@fosstodon.org"),
        ("https://www.instagram.com.example.net/boulangerie", nil, nil),
    ]

    @Test(arguments: examples)
    func recognisesThePlatformAndHandle(_ example: (url: String, platform: String?, handle: String?)) {
        let recognised = Self.registry.recognise(Profile(url: example.url, label: nil, location: SiteGenCore.SourceLocation(file: "links.yml")))
        #expect(recognised.platform?.id == example.platform)
        #expect(recognised.handle == example.handle)
    }

    @Test func hasTheRequiredPlatformsAndMastodonLast() {
        let ids = Self.registry.platforms.map(\.id)
        #expect(ids.count >= 30)
        for id in [
            "mastodon", "bluesky", "threads", "instagram", "facebook", "x", "linkedin", "youtube", "tiktok", "pinterest",
            "whatsapp", "telegram", "google-business-profile", "google-maps", "tripadvisor", "yelp", "etsy", "github",
            "vimeo", "twitch", "spotify", "soundcloud", "behance", "dribbble", "flickr", "substack", "medium", "tumblr",
            "reddit", "discord",
        ] {
            #expect(ids.contains(id), "\(id) is missing")
        }
        #expect(ids.last == "mastodon")
        #expect(Set(ids).count == ids.count)
    }

    @Test func everyButtonHasReadableTextAndAnIcon() {
        for platform in Self.registry.platforms {
            #expect(Contrast.ratio(platform.colour, platform.textColour) >= 4.5, "\(platform.id)")
            #expect(!platform.icon.isEmpty && platform.icon.allSatisfy { "MmLlHhVvCcSsQqTtAaZz0123456789.,- ".contains($0) }, "\(platform.id)")
        }
    }

    @Test func anUnknownHostIsLabelledWithTheHostOrTheOwnersLabel() {
        let unknown = Self.registry.recognise(
            Profile(url: "https://www.example-guild.org/members/martin", label: nil, location: SiteGenCore.SourceLocation(file: "x")))
        #expect(unknown.platform == nil)
        #expect(unknown.displayName == "example-guild.org")
        let labelled = Self.registry.recognise(
            Profile(url: "https://www.instagram.com/shop/", label: "Photos", location: SiteGenCore.SourceLocation(file: "x")))
        #expect(labelled.displayName == "Photos")
        #expect(labelled.platform?.id == "instagram")
    }

    @Test func aMatchItemCanHaveItsOwnHandle() {
        let channel = Self.registry.recognise(
            Profile(url: "https://www.youtube.com/channel/UC123", label: nil, location: SiteGenCore.SourceLocation(file: "x")))
        #expect(channel.platform?.id == "youtube")
        #expect(channel.handle == nil)
        let api = Self.registry.recognise(
            Profile(url: "https://api.whatsapp.com/send?phone=33612345678", label: nil, location: SiteGenCore.SourceLocation(file: "x")))
        #expect(api.platform?.id == "whatsapp")
        #expect(api.handle == nil)
    }

    @Test func aPlatformWithUnreadableTextIsRefusedWithItsPosition() {
        let yaml = """
            platforms:
              - id: pale
                name: Pale
                match:
                  - host: pale.example
                colour: "#FFFF00"
                text: "#FFFFFF"
                icon: "M0 0h24v24H0z"
            """
        let error = #expect(throws: DiagnosticsError.self) {
            _ = try PlatformRegistryLoader().load(YAMLSource(file: "templates/platforms.yml", text: yaml))
        }
        #expect(error?.diagnostics.first?.description.hasPrefix("templates/platforms.yml:7:11: error: platforms[0].text: contrast") == true)
    }
}

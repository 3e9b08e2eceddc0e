import SiteGenManifest

/// The business's presence elsewhere, as every page, card and feed shows
/// it: its profiles recognised and in order, its press record newest first.
/// Made once when the site is loaded, so that generators and views read the
/// same values and neither depends on the other.
struct SitePresence: Sendable {
    /// Mastodon first: its rel=me verification reads only the first links of a page.
    var profiles: [RecognisedProfile]
    /// Newest first, then by title.
    var press: [PressMention]

    init(links: LinksManifest, registry: PlatformRegistry) {
        let recognised = links.profiles.map(registry.recognise)
        profiles = recognised.filter(\.isMastodon) + recognised.filter { !$0.isMastodon }
        press = links.press.sorted { ($0.date, $0.title) > ($1.date, $1.title) }
    }
}

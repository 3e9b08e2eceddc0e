import SiteGenManifest

/// The business's presence elsewhere, as every page, card and feed shows
/// it: its profiles recognised and in order, its press record newest first.
/// Made once when the site is loaded, so that generators and views read the
/// same values and neither depends on the other.
struct SitePresence: Sendable {
    /// The live ones, Mastodon first: its rel=me verification reads only the
    /// first links of a page. Everything that says "this account is the
    /// business" (rel=me, sameAs, the contact card) reads these only.
    var profiles: [RecognisedProfile]
    /// Accounts marked `status: gone`, in the file's order: named on the
    /// links page as text, so visitors who look for the business there find
    /// the way back, and never linked as the business's own.
    var goneProfiles: [RecognisedProfile]
    /// Newest first, then by title.
    var press: [PressMention]

    init(links: LinksManifest, registry: PlatformRegistry) {
        let recognised = links.profiles.filter { $0.status == .live }.map(registry.recognise)
        goneProfiles = links.profiles.filter { $0.status == .gone }.map(registry.recognise)
        profiles = recognised.filter(\.isMastodon) + recognised.filter { !$0.isMastodon }
        press = links.press.sorted { ($0.date, $0.title) > ($1.date, $1.title) }
    }
}

import SiteGenManifest

/// A profile of `links.yml` with what the registry tells about it.
public struct RecognisedProfile: Sendable, Hashable {
    public var profile: Profile
    /// `nil` for a host the registry does not know.
    public var platform: Platform?
    /// `@boulangerie.martin`, when the address shows one.
    public var handle: String?
    /// The platform's name, the owner's `label:`, or the host for unknown platforms.
    public var displayName: String

    public var isMastodon: Bool { platform?.id == "mastodon" }
}

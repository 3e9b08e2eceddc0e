/// A platform where a business can have a profile, from the registry
/// (`Templates/platforms.yml`, or the site's own `templates/platforms.yml`).
public struct Platform: Sendable, Hashable {
    /// One way an address can belong to the platform.
    public struct Match: Sendable, Hashable {
        /// The host or any subdomain of it; `nil` for any host.
        public var host: String?
        /// The address's path must start with it.
        public var pathPrefix: String?
        /// A handle pattern for addresses of this form only; `""` for none.
        public var handleTemplate: String?
    }

    public var id: String
    public var name: String
    public var matches: [Match]
    /// `@{1}`: `{1}`, `{2}`... are path segments, `{sub}` the subdomain, `{host}` the host.
    public var handleTemplate: String?
    /// Button background, `#RRGGBB`.
    public var colour: String
    /// Text and icon colour on `colour`.
    public var textColour: String
    /// SVG path data in a 24x24 box.
    public var icon: String
}

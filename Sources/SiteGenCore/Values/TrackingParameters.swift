/// Query parameters that say who sent a visitor (an ad click, a share
/// button, a newsletter), never which page to show: `profile add` and
/// `press add` take them off the address the owner pasted, and two addresses
/// that differ only by them are the same one. This is the one list of them.
package enum TrackingParameters {
    /// Tracking wherever they appear: the names are the trackers' own.
    static let everywhere: Set<String> = [
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid",  // ad and share click ids
        "igsh", "igshid", "mibextid",  // Instagram's and Facebook's share buttons
        "ref_src", "ref_url",  // X's embedded posts
        "mc_cid", "mc_eid", "_hsenc", "_hsmi", "mkt_tok",  // newsletters (Mailchimp, HubSpot, Marketo)
    ]

    /// Names too short or too common to mean tracking on every site (`s`
    /// and `t` can be a search or a time elsewhere), but that never choose
    /// the page on these platforms, whose share buttons add them.
    static let onPlatforms: [(domains: [String], names: Set<String>)] = [
        (["x.com", "twitter.com"], ["s", "t", "ref"]),
        (["instagram.com"], ["ref"]),
        (["facebook.com", "fb.com"], ["ref", "rdid", "sfnsn", "share_url"]),
        (["threads.com", "threads.net"], ["xmt", "ref"]),
        (["tiktok.com"], ["_t", "_r", "is_from_webapp", "sender_device", "is_copy_url", "ref"]),
        // `v=` (the video) and `list=` are the page; these are the share button's.
        (["youtube.com", "youtu.be"], ["si", "feature", "pp"]),
        (["linkedin.com"], ["trk", "lipi", "ref"]),
        (["spotify.com"], ["si"]),
    ]

    /// Whether the parameter `name` of an address on `host` only tracks; `utm_*` everywhere.
    package static func isTracking(_ name: String, host: String) -> Bool {
        let name = name.lowercased()
        if name.hasPrefix("utm_") || everywhere.contains(name) { return true }
        let host = host.lowercased()
        return onPlatforms.contains { platform in
            platform.names.contains(name) && platform.domains.contains { HostName.isWithin(host, domain: $0) }
        }
    }
}

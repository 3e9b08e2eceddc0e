/// An address of the same post on another platform, as the post shows it:
/// "Originally on Mastodon" (`{{#page.syndication}}`).
struct SyndicationView: TemplateView {
    var url: String
    /// The platform's name: `imported_from.platform`'s, else the one the
    /// platform registry gives the address's host, else the host.
    var platform: String

    static let fields = TemplateFields<SyndicationView>([
        .text("url") { $0.url },
        .text("platform") { $0.platform },
    ])
}

/// The business and the site, as templates see them (`site.name`, ...).
struct SiteView: TemplateView {
    var name: String
    var description: String?
    var language: String
    /// Absolute address of the home page.
    var url: String
    /// Root-relative address of the home page (`/`, or `/shop/` under a path).
    var home: String
    var logo: String?
    var stylesheet: String
    var printStylesheet: String
    /// Root-relative address of the news feed, when there is one.
    var feedURL: String?
    var feedTitle: String?
    var email: String?
    var telephone: String?
    var address: AddressView?
    var extra: [String: any Sendable]

    static let fields = TemplateFields<SiteView>([
        .text("name") { $0.name },
        .text("description") { $0.description },
        .text("language") { $0.language },
        .text("url") { $0.url },
        .text("home") { $0.home },
        .text("logo") { $0.logo },
        .text("stylesheet") { $0.stylesheet },
        .text("print_stylesheet") { $0.printStylesheet },
        .text("feed_url") { $0.feedURL },
        .text("feed_title") { $0.feedTitle },
        .text("email") { $0.email },
        .text("telephone") { $0.telephone },
        .object("address") { $0.address },
        .dynamic("extra") { $0.extra },
    ])
}

/// The business and the site, as templates see them (`site.name`, ...).
struct SiteView: TemplateView {
    var name: String
    var description: String?
    var language: String
    /// Absolute address of the home page.
    var url: String
    /// The address as visitors type it: `www.boulangerie-martin.fr`, without
    /// the scheme or the last slash.
    var urlShown: String {
        var shown = Substring(url)
        for scheme in ["https://", "http://"] where shown.hasPrefix(scheme) { shown = shown.dropFirst(scheme.count) }
        if shown.hasSuffix("/") { shown = shown.dropLast() }
        return String(shown)
    }
    /// Root-relative address of the home page (`/`, or `/shop/` under a path).
    var home: String
    var logo: String?
    /// `static/favicon.svg`, `.png` or `.ico` when the site has one.
    var favicon: String?
    var faviconType: String?
    var stylesheet: String
    var printStylesheet: String
    /// The site's `templates/custom.css`, linked after the theme's stylesheet, when it has one.
    var customStylesheet: String?
    /// The web fonts of the text and the headings (site.yml's `theme:`), preloaded by `head.mustache`.
    var fontPreloads: [FontPreloadView] = []
    /// Root-relative address of the news feed, when there is one.
    var feedURL: String?
    var feedTitle: String?
    var email: String?
    var telephone: String?
    var address: AddressView?
    var extra: [String: SendableValue]
    /// Every live profile of links.yml, Mastodon first.
    var profiles: [ProfileView]
    /// Profiles marked `status: gone`: text on the links page, never a link of the business's own.
    var goneProfiles: [GoneProfileView]
    var contact: SharedView<ContactView>
    var hours: [HoursRowView]
    var specialHours: [HoursRowView]
    var hoursVerified: String?
    var press: [PressMentionView]
    var linksURL: String
    var pressURL: String
    var pressFeedURL: String?
    var pressFeedTitle: String

    static let fields = TemplateFields<SiteView>([
        .text("name") { $0.name },
        .text("description") { $0.description },
        .text("language") { $0.language },
        .text("url") { $0.url },
        .html("url_shown") { LineBreakOpportunities.html($0.urlShown) },
        .text("home") { $0.home },
        .text("logo") { $0.logo },
        .text("favicon") { $0.favicon },
        .text("favicon_type") { $0.faviconType },
        .text("stylesheet") { $0.stylesheet },
        .text("print_stylesheet") { $0.printStylesheet },
        .text("custom_stylesheet") { $0.customStylesheet },
        .list("font_preloads") { $0.fontPreloads },
        .text("feed_url") { $0.feedURL },
        .text("feed_title") { $0.feedTitle },
        .text("email") { $0.email },
        .text("telephone") { $0.telephone },
        .object("address") { $0.address },
        .dynamic("extra") { $0.extra },
        .list("profiles") { $0.profiles },
        .flag("has_profiles") { !$0.profiles.isEmpty },
        .list("gone_profiles") { $0.goneProfiles },
        .flag("has_gone_profiles") { !$0.goneProfiles.isEmpty },
        .shared("contact") { $0.contact },
        .list("hours") { $0.hours },
        .flag("has_hours") { !$0.hours.isEmpty },
        .list("special_hours") { $0.specialHours },
        .flag("has_special_hours") { !$0.specialHours.isEmpty },
        .text("hours_verified") { $0.hoursVerified },
        .list("press") { $0.press },
        .flag("has_press") { !$0.press.isEmpty },
        .text("links_url") { $0.linksURL },
        .text("press_url") { $0.pressURL },
        .text("press_feed_url") { $0.pressFeedURL },
        .text("press_feed_title") { $0.pressFeedTitle },
    ])
}

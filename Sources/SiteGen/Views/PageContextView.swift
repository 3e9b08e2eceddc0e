/// What every page template renders: the page, the site, the menus and, on
/// list pages, the pages listed.
struct PageContextView: TemplateView {
    var site: SharedView<SiteView>
    var page: SharedView<PageView>
    var texts: SharedView<ThemeTexts>
    /// The top of the home page: hero picture and buttons.
    var shopFront: SharedView<ShopFrontView>
    var menu: [MenuItemView]
    /// One line, or folded into a "Menu" disclosure on narrower screens.
    var menuLayout: MenuLayout
    var footerMenu: [MenuItemView]
    /// On a section: its pages; on the home page: the latest news.
    var pages: [PageSummaryView]
    var sections: [PageSummaryView]
    /// The `<title>`: the page's title and the site's name.
    var documentTitle: String
    /// The page's description, else its summary, else the site's.
    var metaDescription: String?
    /// The news section's address, for "all news" links.
    var newsURL: String?
    var lang: String
    /// `rtl` or `ltr`; nil on a site in one left-to-right language, whose
    /// pages say nothing of their direction, as before sitegen knew languages.
    var dir: String? = nil
    /// The page's translations, itself included, and `x-default`, on a site in several languages.
    var alternates: [AlternateView] = []
    /// The language switcher, on a site in several languages.
    var languages: [LanguageLinkView] = []
    /// OpenGraph locales of the page's translations (`en_FR`).
    var localeAlternates: [TextLineView] = []
    /// OpenGraph and Twitter card values.
    var social: SharedView<SocialMetaView>
    /// The JSON-LD `@graph` of the business and the site on the home page;
    /// a post's `BlogPosting` or `SocialMediaPosting` on a post.
    var jsonLD: String?
    /// The feed of the section the page lists or is in, when it has one of
    /// its own (the news section's is `site.feed_url`).
    var sectionFeedURL: String? = nil
    var sectionFeedTitle: String? = nil

    static let fields = TemplateFields<PageContextView>([
        .shared("site") { $0.site },
        .shared("page") { $0.page },
        .shared("texts") { $0.texts },
        .shared("shop_front") { $0.shopFront },
        .list("menu") { $0.menu },
        .text("menu_layout") { $0.menuLayout.rawValue },
        .flag("menu_folds") { $0.menuLayout.folds },
        .list("footer_menu") { $0.footerMenu },
        .list("pages") { $0.pages },
        .list("sections") { $0.sections },
        .text("document_title") { $0.documentTitle },
        .text("meta_description") { $0.metaDescription },
        .text("news_url") { $0.newsURL },
        .flag("has_menu") { !$0.menu.isEmpty },
        .flag("has_footer_menu") { !$0.footerMenu.isEmpty },
        .flag("has_pages") { !$0.pages.isEmpty },
        .flag("has_sections") { !$0.sections.isEmpty },
        .flag("has_thumbnails") { $0.pages.contains { $0.thumbnail != nil } },
        .flag("is_photo_grid") { PageSummaryView.isPhotoGrid($0.pages) },
        .text("lang") { $0.lang },
        .text("dir") { $0.dir },
        .list("alternates") { $0.alternates },
        .list("languages") { $0.languages },
        .flag("has_languages") { !$0.languages.isEmpty },
        .list("locale_alternates") { $0.localeAlternates },
        .shared("social") { $0.social },
        .html("json_ld") { $0.jsonLD },
        .text("section_feed_url") { $0.sectionFeedURL },
        .text("section_feed_title") { $0.sectionFeedTitle },
    ])
}

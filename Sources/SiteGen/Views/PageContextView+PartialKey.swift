/// The values of a page's context that a partial may read and still be
/// rendered once for many pages (`PartialCache`): those of the site and its
/// edition, and the menus, which differ only in the current item.
extension PageContextView {
    /// The root fields a cached partial may read; a partial that reads any
    /// other (the page, its title, its alternates...) is rendered on each page.
    static let partialKeyFields: Set<String> = [
        "site", "texts", "shop_front", "menu", "menu_layout", "menu_folds", "has_menu", "footer_menu", "has_footer_menu", "lang",
        "dir", "languages", "has_languages", "news_url",
    ]

    /// What a partial reading `fields` (a subset of `partialKeyFields`) sees
    /// of this page: two pages with equal keys render it to the same bytes.
    /// The shared views are compared by identity, as each edition makes
    /// them once and they never change.
    func partialKey(reading fields: Set<String>) -> PartialKey {
        var key = PartialKey()
        for field in fields {
            switch field {
            case "site": key.site = ObjectIdentifier(site)
            case "texts": key.texts = ObjectIdentifier(texts)
            case "shop_front": key.shopFront = ObjectIdentifier(shopFront)
            case "menu", "has_menu": key.menu = menu
            case "menu_layout", "menu_folds": key.menuLayout = menuLayout.rawValue
            case "footer_menu", "has_footer_menu": key.footerMenu = footerMenu
            case "lang": key.lang = lang
            case "dir": key.dir = .some(dir)
            case "languages", "has_languages": key.languages = languages
            case "news_url": key.newsURL = .some(newsURL)
            default: preconditionFailure("\(field) is not one of partialKeyFields")
            }
        }
        return key
    }
}

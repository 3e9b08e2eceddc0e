/// Makes the plain values templates see from the site's model: addresses
/// already made absolute or rooted, dates already written out.
struct ViewBuilder: Sendable {
    var config: SiteConfig
    var plan: SitePlan
    var site: SiteView
    var texts: ThemeTexts
    private var dates: DateFormatting { DateFormatting(language: config.language) }

    init(config: SiteConfig, plan: SitePlan) {
        self.config = config
        self.plan = plan
        self.texts = ThemeTexts(language: config.language)
        let base = config.baseURL
        site = SiteView(
            name: config.name, description: config.description, language: config.language,
            url: base.description, home: base.rooted("/"),
            logo: config.logo.map { Self.rooted($0, base) },
            stylesheet: base.rooted("/style.css"), printStylesheet: base.rooted("/print.css"),
            feedURL: plan.newsFeed.isEmpty ? nil : base.rooted(AtomFeedGenerator.path),
            feedTitle: plan.sections[config.newsSection].map {
                AtomFeedGenerator.title(config: config, sectionTitle: plan.pages[$0.page].title)
            },
            email: config.email, telephone: config.telephone,
            address: config.address.map {
                AddressView(street: $0.street, locality: $0.locality, postalCode: $0.postalCode, region: $0.region, country: $0.country)
            },
            extra: config.extra)
    }

    /// A path from the site root (`/images/a.svg`) under the base path; absolute addresses as they are.
    static func rooted(_ path: String, _ base: BaseURL) -> String {
        path.hasPrefix("/") ? base.rooted(path) : path
    }

    func pageView(_ index: Int, content: String, summary: String?) -> PageView {
        let page = plan.pages[index]
        let base = config.baseURL
        return PageView(
            title: page.title, description: page.frontMatter.description,
            url: base.rooted(page.sitePath), permalink: base.absolute(page.sitePath),
            content: content, summary: summary,
            date: page.date?.iso8601, dateDisplay: page.date.map(dates.long),
            updated: page.frontMatter.updated?.iso8601, updatedDisplay: page.frontMatter.updated.map(dates.long),
            image: page.frontMatter.image.map { Self.rooted($0, base) }, imageAlt: page.frontMatter.imageAlt,
            isHome: page.kind == .home, isSection: page.kind == .section,
            params: page.frontMatter.params)
    }

    func summaryView(_ index: Int, summary: String?) -> PageSummaryView {
        let page = plan.pages[index]
        return PageSummaryView(
            title: page.title, url: config.baseURL.rooted(page.sitePath), summary: summary,
            date: page.date?.iso8601, dateDisplay: page.date.map(dates.long),
            image: page.frontMatter.image.map { Self.rooted($0, config.baseURL) }, imageAlt: page.frontMatter.imageAlt)
    }

    func menu(_ entries: [Int], current: Int?) -> [MenuItemView] {
        entries.map { index in
            let page = plan.pages[index]
            let title = (page.frontMatter.params["menu_title"] as? String) ?? page.title
            return MenuItemView(title: title, url: config.baseURL.rooted(page.sitePath), isCurrent: index == current)
        }
    }

    func context(page: PageView, current: Int?, pages: [PageSummaryView] = [], sections: [PageSummaryView] = []) -> PageContextView {
        let documentTitle = page.isHome || page.title == config.name ? page.title : "\(page.title) – \(config.name)"
        return PageContextView(
            site: site, page: page, texts: texts,
            menu: menu(plan.mainMenu, current: current), footerMenu: menu(plan.footerMenu, current: current),
            pages: pages, sections: sections, documentTitle: documentTitle,
            metaDescription: page.description ?? page.summary ?? config.description,
            newsURL: plan.sections[config.newsSection].map { config.baseURL.rooted(plan.pages[$0.page].sitePath) },
            lang: config.language)
    }

    func redirect(to index: Int) -> RedirectView {
        let page = plan.pages[index]
        return RedirectView(site: site, texts: texts, target: config.baseURL.rooted(page.sitePath),
                            canonical: config.baseURL.absolute(page.sitePath), title: page.title, lang: config.language)
    }

    /// The 404 page: shown by the host for any address that does not exist, so
    /// its links are rooted, never relative.
    func notFound() -> PageContextView {
        let page = PageView(
            title: texts.strings["not_found_title"] ?? "Page not found", description: nil,
            url: config.baseURL.rooted("/404.html"), permalink: config.baseURL.absolute("/404.html"),
            content: "", summary: nil, date: nil, dateDisplay: nil, updated: nil, updatedDisplay: nil,
            image: nil, imageAlt: nil, isHome: false, isSection: false, params: [:])
        return context(page: page, current: nil)
    }
}

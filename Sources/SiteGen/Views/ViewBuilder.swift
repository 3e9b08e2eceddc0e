import Foundation
import SiteGenCore
import SiteGenManifest

/// Makes the plain values templates see from the site's model: addresses
/// already made absolute or rooted, dates and hours already written out.
/// Everything that is the same on every page is made once, here.
struct ViewBuilder: Sendable {
    /// site.yml as read, in the default language.
    var config: SiteConfig
    var plan: SitePlan
    /// What the pages of each language share, by language code.
    let editions: [String: EditionViews]
    /// How each language of the pages writes dates, by code (an edition's, or
    /// a page's `lang:`), and each language's own name for the switcher:
    /// made once, as both ask the system's locale data.
    private let dateFormats: [String: DateFormatting]
    private let languageNames: [String: String]
    /// The images of `static/`: raster ones are shown through their
    /// variants, SVG drawings with their size.
    var images: ImageCatalog
    /// Names the platform of a post's `syndication:` address.
    var registry: PlatformRegistry

    init(
        config: SiteConfig, plan: SitePlan, presence: SitePresence, images: ImageCatalog = ImageCatalog(),
        registry: PlatformRegistry = PlatformRegistry(platforms: []), hasCustomStylesheet: Bool = false,
        fontPreloads: [String] = []
    ) {
        self.config = config
        self.plan = plan
        self.images = images
        self.registry = registry
        var editions: [String: EditionViews] = [:]
        for edition in plan.editions {
            editions[edition.language.code] = EditionViews(
                config: config.localized(to: edition.language), edition: edition, plan: plan, presence: presence, images: images,
                hasCustomStylesheet: hasCustomStylesheet, fontPreloads: fontPreloads)
        }
        self.editions = editions
        let dateLanguages = Set(plan.pages.map { $0.frontMatter.language ?? $0.language })
        dateFormats = Dictionary(uniqueKeysWithValues: dateLanguages.map { ($0, DateFormatting(language: $0)) })
        languageNames = Dictionary(uniqueKeysWithValues: plan.editions.map { ($0.language.code, $0.language.ownName) })
    }

    /// The default language's.
    var site: SiteView { defaultEdition.site }
    var texts: ThemeTexts { defaultEdition.texts }
    private var defaultEdition: EditionViews { editions[plan.defaultEdition.language.code]! }

    /// What the pages of the page's language share.
    func edition(of id: PageID) -> EditionViews {
        editions[plan[id].language] ?? defaultEdition
    }

    func edition(_ language: SiteLanguage) -> EditionViews {
        editions[language.code] ?? defaultEdition
    }

    static func profileView(_ profile: RecognisedProfile) -> ProfileView {
        ProfileView(
            name: profile.displayName, url: profile.profile.url, handle: profile.handle,
            platform: profile.platform?.id ?? "web", icon: profile.platform?.icon,
            colour: profile.platform?.colour ?? "#4D443D", textColour: profile.platform?.textColour ?? "#FFFFFF")
    }

    static func openStreetMapURL(_ geo: GeoCoordinates?, addressLine: String) -> String? {
        if let geo {
            let lat = String(format: "%.5f", geo.latitude)
            let lon = String(format: "%.5f", geo.longitude)
            return "https://www.openstreetmap.org/?mlat=\(lat)&mlon=\(lon)#map=18/\(lat)/\(lon)"
        }
        guard !addressLine.isEmpty else { return nil }
        return "https://www.openstreetmap.org/search?query=" + queryEncoded(addressLine)
    }

    static func googleMapsURL(query: String) -> String {
        "https://www.google.com/maps/search/?api=1&query=" + queryEncoded(query)
    }

    static func queryEncoded(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }

    func pageView(_ id: PageID, content: String, summary: String?) -> PageView {
        let page = plan[id]
        let base = config.baseURL
        let file = images.file(named: page.frontMatter.image)
        let picture = file.flatMap { file -> PictureView? in
            guard case .success(let image)? = images.responsive(file) else { return nil }
            return PictureView(image, baseURL: base)
        }
        let drawing = file.flatMap { images.plainSize($0) }
        var view = PageView(
            title: page.title, description: page.frontMatter.description,
            url: base.rooted(page.sitePath), permalink: base.absolute(page.sitePath),
            content: content, summary: summary,
            date: page.date?.iso8601, dateDisplay: page.date.map(dates(of: id).long),
            updated: page.frontMatter.updated?.iso8601, updatedDisplay: page.frontMatter.updated.map(dates(of: id).long),
            image: page.frontMatter.image.map { base.rooted(pathOrAddress: $0) }, imageAlt: page.frontMatter.imageAlt,
            isHome: page.kind == .home, isSection: page.kind == .section,
            params: page.frontMatter.params)
        view.picture = picture
        view.imageWidth = drawing?.width
        view.imageHeight = drawing?.height
        view.socialImage = socialImage(page.frontMatter.image)
        view.isEntry = page.isEntry
        let origin = page.frontMatter.importedFrom
        view.syndication = page.frontMatter.syndication.map { SyndicationView(url: $0, platform: platformName(of: $0, importedFrom: origin)) }
        if view.syndication.isEmpty, let origin { view.originalPlatform = platformName(of: origin.platform) }
        view.tags = page.frontMatter.tags.map(TextLineView.init)
        return view
    }

    /// The name of the platform a post was first published on: the
    /// registry's name for the platform it was imported from, else for the
    /// address's host (a post syndicated by hand), else the host itself.
    func platformName(of address: String, importedFrom origin: ImportOrigin?) -> String {
        if let origin { return platformName(of: origin.platform) }
        return registry.recognise(Profile(url: address, label: nil, location: SourceLocation(file: ""))).displayName
    }

    func platformName(of platform: ImportPlatform) -> String {
        registry.platforms.first { $0.id == platform.rawValue }?.name ?? platform.displayName
    }

    /// The JSON-LD of a dated post, with the photos of its text from
    /// `inventory`; nil for any other page.
    func postingJSON(_ id: PageID, inventory: MarkdownInventory) -> String? {
        let page = plan[id]
        guard page.isEntry else { return nil }
        let base = config.baseURL
        var photos: [(address: String, description: String)] = []
        if let image = page.frontMatter.image {
            photos.append((base.absolute(pathOrAddress: images.largestAddress(of: image)), page.frontMatter.imageAlt ?? ""))
        }
        for image in inventory.images {
            guard let file = image.file, images.file(named: "/" + file) != nil else { continue }
            photos.append((base.absolute(pathOrAddress: images.largestAddress(of: "/" + file)), image.alt))
        }
        return PostingStructuredDataGenerator(
            config: edition(of: id).config, page: page, permalink: base.absolute(page.sitePath), photos: photos
        ).json()
    }

    func summaryView(_ id: PageID, summary: String?) -> PageSummaryView {
        let page = plan[id]
        var view = PageSummaryView(
            title: page.title, url: config.baseURL.rooted(page.sitePath), summary: summary,
            date: page.date?.iso8601, dateDisplay: page.date.map(dates(of: id).long),
            image: page.frontMatter.image.map { config.baseURL.rooted(pathOrAddress: $0) }, imageAlt: page.frontMatter.imageAlt)
        view.isImported = page.frontMatter.importedFrom != nil
        // The variants the page's own `<picture>` makes, the smaller ones.
        if let file = images.file(named: page.frontMatter.image), case .success(let image)? = images.responsive(file) {
            view.thumbnail = PictureView(
                image, baseURL: config.baseURL, maximumWidth: ImageSettings.thumbnailMaximumWidth, sizes: ImageSettings.thumbnailSizes)
        }
        return view
    }

    /// Dates of the page written in its language (its `lang:`, else its edition's).
    func dates(of id: PageID) -> DateFormatting {
        let language = plan[id].frontMatter.language ?? plan[id].language
        return dateFormats[language] ?? DateFormatting(language: language)
    }

    func menu(_ entries: [PageID], current: PageID?) -> [MenuItemView] {
        entries.map { id in
            MenuItemView(title: Self.menuTitle(plan[id]), url: config.baseURL.rooted(plan[id].sitePath), isCurrent: id == current)
        }
    }

    /// A page's `menu_title:`, the shorter word the owner chose for menus, else its title.
    static func menuTitle(_ page: Page) -> String {
        page.frontMatter.params["menu_title"]?.stringValue ?? page.title
    }

    /// `structuredData` is the page's own JSON-LD (a post's); the home page has
    /// the site's. `language` is that of a page that is not in the plan (404).
    func context(
        page: PageView, current: PageID?, dated: Bool = false, pages: [PageSummaryView] = [],
        sections: [PageSummaryView] = [], structuredData: String? = nil, language: SiteLanguage? = nil
    ) -> PageContextView {
        let edition = current.map(edition(of:)) ?? self.edition(language ?? plan.defaultEdition.language)
        let config = edition.config
        let documentTitle = page.isHome || page.title == config.name ? page.title : "\(page.title) – \(config.name)"
        let description = page.description ?? page.summary ?? config.description
        let base = config.baseURL
        var pages = pages
        var sections = sections
        if !PageSummaryView.isPhotoGrid(pages) {
            // A card's picture is as wide as its card, larger than a photo grid's.
            for index in pages.indices { pages[index].thumbnail?.sizes = ImageSettings.cardSizes }
        }
        for index in sections.indices { sections[index].thumbnail?.sizes = ImageSettings.cardSizes }
        let preview = previewImage(page: page.socialImage)
        let image = preview?.image
        // A logo is shown whole, in the small card, rather than cropped to a wide preview.
        let isLogo = preview?.source == .logo
        let social = SocialMetaView(
            title: page.isHome ? config.name : page.title, type: dated ? "article" : "website", url: page.permalink,
            image: image?.url, imageWidth: image?.width, imageHeight: image?.height,
            imageAlt: preview?.source == .page ? page.imageAlt : (image != nil ? config.name : nil),
            description: description, siteName: config.name, locale: Self.openGraphLocale(config),
            twitterCard: image == nil || isLogo ? "summary" : "summary_large_image")
        let lang = current.flatMap { plan[$0].frontMatter.language } ?? config.language
        var context = PageContextView(
            site: edition.sharedSite, page: SharedView(page), texts: edition.sharedTexts, shopFront: edition.sharedShopFront,
            menu: menu(edition.edition.mainMenu, current: current), menuLayout: edition.menuLayout,
            footerMenu: menu(edition.edition.footerMenu, current: current),
            pages: pages, sections: sections, documentTitle: documentTitle,
            metaDescription: description,
            newsURL: plan.sections[edition.edition.newsFolder].map { base.rooted(plan[$0.page].sitePath) },
            lang: lang, social: SharedView(social),
            jsonLD: page.isHome ? edition.jsonLD : structuredData)
        if self.config.isMultilingual || TextDirection.of(language: lang) == "rtl" { context.dir = TextDirection.of(language: lang) }
        if self.config.isMultilingual {
            let translations = current.map { plan.translationGroup(of: $0) } ?? []
            context.alternates = alternates(current)
            context.localeAlternates = translations.filter { $0 != current }.map {
                TextLineView(text: Self.openGraphLocale(self.edition(of: $0).config))
            }
            context.languages = plan.editions.map { other in
                let isCurrent = other.language == edition.edition.language
                let translation = translations.first { plan[$0].language == other.language.code }
                let url =
                    translation.map { base.rooted(plan[$0].sitePath) }
                    ?? (isCurrent ? page.url : base.rooted(plan[other.home].sitePath))
                return LanguageLinkView(
                    code: other.language.code, name: languageNames[other.language.code] ?? other.language.code, url: url,
                    isCurrent: isCurrent)
            }
        }
        // A section's list page and its posts lead to the section's feed; the home page's folder has none.
        if let current, plan[current].kind != .home, let feed = plan.sectionFeed(ofFolder: plan[current].folder),
            let section = plan.sections[feed.folder]
        {
            context.sectionFeedURL = base.rooted(feed.sitePath)
            context.sectionFeedTitle = AtomFeedGenerator.title(config: config, sectionTitle: plan[section.page].title)
        }
        return context
    }

    /// The translations of a page, itself included, with absolute
    /// addresses, and `x-default`, the default language's, when it has one:
    /// the same list on every page of the group, and in the sitemap.
    func alternates(_ id: PageID?) -> [AlternateView] {
        guard config.isMultilingual, let id else { return [] }
        let group = plan.translationGroup(of: id)
        var alternates = group.map { AlternateView(hreflang: plan[$0].language, url: config.baseURL.absolute(plan[$0].sitePath)) }
        if let first = group.first(where: { plan[$0].language == config.language }) {
            alternates.append(AlternateView(hreflang: "x-default", url: config.baseURL.absolute(plan[first].sitePath)))
        }
        return alternates
    }

    /// `fr_FR` from the language and the country of the address.
    static func openGraphLocale(_ config: SiteConfig) -> String {
        let parts = config.language.split(separator: "-")
        let language = parts.first.map { $0.lowercased() } ?? "en"
        if parts.count > 1, parts[1].count == 2 { return "\(language)_\(parts[1].uppercased())" }
        if let country = config.address?.country { return "\(language)_\(country.uppercased())" }
        return language
    }

    func redirect(to id: PageID) -> RedirectView {
        let page = plan[id]
        let edition = edition(of: id)
        return RedirectView(
            site: edition.site, texts: edition.texts, target: config.baseURL.rooted(page.sitePath),
            canonical: config.baseURL.absolute(page.sitePath), title: page.title, lang: page.frontMatter.language ?? page.language)
    }

    /// The 404 page of a language: shown by the host for any address that
    /// does not exist, so its links are rooted, never relative.
    func notFound(_ language: SiteLanguage? = nil) -> PageContextView {
        let edition = edition(language ?? plan.defaultEdition.language)
        let path = "/" + edition.edition.language.notFoundOutputPath
        let page = PageView(
            title: edition.texts.strings["not_found_title"] ?? "Page not found", description: nil,
            url: config.baseURL.rooted(path), permalink: config.baseURL.absolute(path),
            content: "", summary: nil, date: nil, dateDisplay: nil, updated: nil, updatedDisplay: nil,
            image: nil, imageAlt: nil, isHome: false, isSection: false, params: [:])
        return context(page: page, current: nil, language: edition.edition.language)
    }
}

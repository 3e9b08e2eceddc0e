import Foundation
import SiteGenCore
import SiteGenManifest

/// Makes the plain values templates see from the site's model: addresses
/// already made absolute or rooted, dates and hours already written out.
/// Everything that is the same on every page is made once, here.
struct ViewBuilder: Sendable {
    var config: SiteConfig
    var plan: SitePlan
    var site: SiteView
    var texts: ThemeTexts
    /// The site, its words and its shop front, made once and shared by reference by every page's view.
    private let sharedSite: SharedView<SiteView>
    private let sharedTexts: SharedView<ThemeTexts>
    private let sharedShopFront: SharedView<ShopFrontView>
    /// The same menu on every page, so the same layout.
    let menuLayout: MenuLayout
    private var dates: DateFormatting { DateFormatting(language: config.language) }
    private let jsonLD: String
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
        let texts = ThemeTexts(language: config.language)
        self.texts = texts
        // Search engines read JPEG, PNG and WebP, not HEIC or AVIF: the business's
        // image is then described by its link preview, a JPEG.
        var described = config
        if let file = images.file(named: config.image), let entry = images.entries[file], [.heic, .avif].contains(entry.header.format) {
            described.image = "/" + ResponsiveImage(path: file, entry: entry).path(of: .social)
        }
        jsonLD = StructuredDataGenerator(config: described, profiles: presence.profiles).json()
        let base = config.baseURL
        let dates = DateFormatting(language: config.language)
        let hoursFormat = HoursFormatting(language: config.language, closedWord: texts.strings["closed"] ?? "Closed")
        let dayNames = WeekdayNames.names(language: config.language)

        let favicon = [("favicon.svg", "image/svg+xml"), ("favicon.png", "image/png"), ("favicon.ico", "image/x-icon")]
            .first { plan.staticFiles.contains($0.0) }.map { (file: $0.0, type: $0.1) }
        let address = config.address
        let addressLine = [address?.street, [address?.postalCode, address?.locality].compactMap { $0 }.joined(separator: " ")]
            .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
        let mapQuery = ([config.name] + (addressLine.isEmpty ? [] : [addressLine])).joined(separator: ", ")
        let contact = ContactView(
            name: config.name, street: address?.street, postalCode: address?.postalCode, locality: address?.locality,
            region: address?.region, country: address?.country,
            telephone: config.telephone?.display, telephoneLink: config.telephone.map { "tel:" + $0.e164 },
            email: config.email,
            openStreetMapURL: Self.openStreetMapURL(config.geo, addressLine: addressLine),
            googleMapsURL: addressLine.isEmpty && config.geo == nil ? nil : Self.googleMapsURL(query: mapQuery),
            hoursSummary: config.hours.map { hoursFormat.weekSummary($0).map(TextLineView.init) } ?? [],
            vcardURL: base.rooted("/contact.vcf"), qrURL: base.rooted("/qr.svg"))

        let hours = Weekday.allCases.enumerated().compactMap { index, day -> HoursRowView? in
            guard let spans = config.hours?.days[day] else { return nil }
            return HoursRowView(
                label: HoursFormatting.capitalised(dayNames[index]), hours: hoursFormat.spans(spans), ranges: hoursFormat.ranges(spans),
                isClosed: spans.isEmpty, note: nil)
        }
        let specialHours = config.specialHours.map { special in
            let label =
                special.from == special.through
                ? dates.long(special.from) : "\(dates.long(special.from)) – \(dates.long(special.through))"
            return HoursRowView(
                label: label, hours: hoursFormat.spans(special.spans), ranges: hoursFormat.ranges(special.spans),
                isClosed: special.spans.isEmpty, note: special.note)
        }
        let press = presence.press.map { mention in
            PressMentionView(
                title: mention.title, outlet: mention.outlet, url: mention.url, date: mention.date.isoDay,
                dateDisplay: dates.long(mention.date), quote: mention.quote, language: mention.language,
                archive: mention.archive, isDead: mention.status == .dead)
        }

        site = SiteView(
            name: config.name, description: config.description, language: config.language,
            url: base.description, home: base.rooted("/"),
            logo: config.logo.map { base.rooted(pathOrAddress: $0) },
            favicon: favicon.map { base.rooted("/" + $0.file) }, faviconType: favicon?.type,
            stylesheet: base.rooted("/style.css"), printStylesheet: base.rooted("/print.css"),
            customStylesheet: hasCustomStylesheet ? base.rooted("/" + CustomStylesheet.path) : nil,
            fontPreloads: fontPreloads.map { FontPreloadView(url: base.rooted("/" + $0)) },
            feedURL: plan.newsFeed.isEmpty ? nil : base.rooted(AtomFeedGenerator.path),
            feedTitle: plan.sections[config.newsSection].map {
                AtomFeedGenerator.title(config: config, sectionTitle: plan[$0.page].title)
            },
            email: config.email, telephone: config.telephone?.display,
            address: config.address.map {
                AddressView(street: $0.street, locality: $0.locality, postalCode: $0.postalCode, region: $0.region, country: $0.country)
            },
            extra: config.extra,
            profiles: presence.profiles.map(Self.profileView),
            goneProfiles: presence.goneProfiles.map {
                GoneProfileView(name: $0.displayName, handle: $0.handle, archive: $0.profile.archive)
            },
            contact: SharedView(contact), hours: hours, specialHours: specialHours,
            hoursVerified: config.lastVerified.hours.map(dates.long),
            press: press,
            linksURL: base.rooted(plan.builtInAddresses.links), pressURL: base.rooted(plan.builtInAddresses.press),
            pressFeedURL: presence.press.isEmpty ? nil : base.rooted(plan.builtInAddresses.pressFeed),
            pressFeedTitle: PressFeedGenerator.title(config: config, texts: texts))
        sharedSite = SharedView(site)
        sharedTexts = SharedView(texts)
        sharedShopFront = SharedView(
            Self.shopFront(
                config: config, presence: presence, images: images, texts: texts, mapQuery: addressLine.isEmpty ? nil : mapQuery))
        menuLayout = MenuLayout(titles: plan.mainMenu.map { Self.menuTitle(plan[$0]) })
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
            date: page.date?.iso8601, dateDisplay: page.date.map(dates.long),
            updated: page.frontMatter.updated?.iso8601, updatedDisplay: page.frontMatter.updated.map(dates.long),
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
        return PostingStructuredDataGenerator(config: config, page: page, permalink: base.absolute(page.sitePath), photos: photos).json()
    }

    func summaryView(_ id: PageID, summary: String?) -> PageSummaryView {
        let page = plan[id]
        var view = PageSummaryView(
            title: page.title, url: config.baseURL.rooted(page.sitePath), summary: summary,
            date: page.date?.iso8601, dateDisplay: page.date.map(dates.long),
            image: page.frontMatter.image.map { config.baseURL.rooted(pathOrAddress: $0) }, imageAlt: page.frontMatter.imageAlt)
        view.isImported = page.frontMatter.importedFrom != nil
        // The variants the page's own `<picture>` makes, the smaller ones.
        if let file = images.file(named: page.frontMatter.image), case .success(let image)? = images.responsive(file) {
            view.thumbnail = PictureView(
                image, baseURL: config.baseURL, maximumWidth: ImageSettings.thumbnailMaximumWidth, sizes: ImageSettings.thumbnailSizes)
        }
        return view
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

    /// `structuredData` is the page's own JSON-LD (a post's); the home page has the site's.
    func context(
        page: PageView, current: PageID?, dated: Bool = false, pages: [PageSummaryView] = [],
        sections: [PageSummaryView] = [], structuredData: String? = nil
    ) -> PageContextView {
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
        var context = PageContextView(
            site: sharedSite, page: SharedView(page), texts: sharedTexts, shopFront: sharedShopFront,
            menu: menu(plan.mainMenu, current: current), menuLayout: menuLayout, footerMenu: menu(plan.footerMenu, current: current),
            pages: pages, sections: sections, documentTitle: documentTitle,
            metaDescription: description,
            newsURL: plan.sections[config.newsSection].map { base.rooted(plan[$0.page].sitePath) },
            lang: current.flatMap { plan[$0].frontMatter.language } ?? config.language, social: SharedView(social),
            jsonLD: page.isHome ? jsonLD : structuredData)
        // A section's list page and its posts lead to the section's feed; the home page's folder has none.
        if let current, plan[current].kind != .home, let feed = plan.sectionFeed(ofFolder: plan[current].folder),
            let section = plan.sections[feed.folder]
        {
            context.sectionFeedURL = base.rooted(feed.sitePath)
            context.sectionFeedTitle = AtomFeedGenerator.title(config: config, sectionTitle: plan[section.page].title)
        }
        return context
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
        return RedirectView(
            site: site, texts: texts, target: config.baseURL.rooted(page.sitePath),
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

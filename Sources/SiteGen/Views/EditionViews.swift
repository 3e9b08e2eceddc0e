import Foundation
import SiteGenCore
import SiteGenManifest

/// What every page of one language shares: the site, its words, the shop
/// front and the menu's layout, written in that language and made once.
struct EditionViews: Sendable {
    /// site.yml in the language (its description, its notes of special hours).
    var config: SiteConfig
    var edition: PlanEdition
    var site: SiteView
    var texts: ThemeTexts
    /// Shared by reference by every page's view.
    let sharedSite: SharedView<SiteView>
    let sharedTexts: SharedView<ThemeTexts>
    let sharedShopFront: SharedView<ShopFrontView>
    /// The same menu on every page, so the same layout.
    let menuLayout: MenuLayout
    /// The business and the website, for the home page.
    let jsonLD: String

    init(
        config: SiteConfig, edition: PlanEdition, plan: SitePlan, presence: SitePresence, images: ImageCatalog,
        hasCustomStylesheet: Bool, fontPreloads: [String]
    ) {
        self.config = config
        self.edition = edition
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
            openStreetMapURL: ViewBuilder.openStreetMapURL(config.geo, addressLine: addressLine),
            googleMapsURL: addressLine.isEmpty && config.geo == nil ? nil : ViewBuilder.googleMapsURL(query: mapQuery),
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
            var view = PressMentionView(
                title: mention.title, outlet: mention.outlet, url: mention.url, date: mention.date.isoDay,
                dateDisplay: dates.long(mention.date), quote: mention.quote, language: mention.language,
                archive: mention.archive, isDead: mention.status == .dead)
            // An article in another language than the page: its link says so
            // (`hreflang`), and its text runs its own way when that differs.
            if let language = mention.language, LanguageData.languageCode(language) != LanguageData.languageCode(config.language) {
                view.otherLanguage = language
                let direction = TextDirection.of(language: language)
                if direction != TextDirection.of(language: config.language) { view.direction = direction }
            }
            return view
        }

        site = SiteView(
            name: config.name, description: config.description, language: config.language,
            url: base.description, home: base.rooted(edition.language.pathPrefix + "/"),
            logo: config.logo.map { base.rooted(pathOrAddress: $0) },
            favicon: favicon.map { base.rooted("/" + $0.file) }, faviconType: favicon?.type,
            stylesheet: base.rooted("/style.css"), printStylesheet: base.rooted("/print.css"),
            customStylesheet: hasCustomStylesheet ? base.rooted("/" + CustomStylesheet.path) : nil,
            fontPreloads: fontPreloads.map { FontPreloadView(url: base.rooted("/" + $0)) },
            feedURL: edition.newsFeed.isEmpty ? nil : base.rooted(edition.language.newsFeedPath),
            feedTitle: plan.sections[edition.newsFolder].map {
                AtomFeedGenerator.title(config: config, sectionTitle: plan[$0.page].title)
            },
            email: config.email, telephone: config.telephone?.display,
            address: config.address.map {
                AddressView(street: $0.street, locality: $0.locality, postalCode: $0.postalCode, region: $0.region, country: $0.country)
            },
            extra: config.extra,
            profiles: presence.profiles.map(ViewBuilder.profileView),
            goneProfiles: presence.goneProfiles.map {
                GoneProfileView(name: $0.displayName, handle: $0.handle, archive: $0.profile.archive)
            },
            contact: SharedView(contact), hours: hours, specialHours: specialHours,
            hoursVerified: config.lastVerified.hours.map(dates.long),
            press: press,
            linksURL: base.rooted(edition.builtInAddresses.links), pressURL: base.rooted(edition.builtInAddresses.press),
            pressFeedURL: presence.press.isEmpty ? nil : base.rooted(edition.builtInAddresses.pressFeed),
            pressFeedTitle: PressFeedGenerator.title(config: config, texts: texts))
        sharedSite = SharedView(site)
        sharedTexts = SharedView(texts)
        sharedShopFront = SharedView(
            ViewBuilder.shopFront(
                config: config, presence: presence, images: images, texts: texts, mapQuery: addressLine.isEmpty ? nil : mapQuery))
        menuLayout = MenuLayout(titles: edition.mainMenu.map { ViewBuilder.menuTitle(plan[$0]) })
    }
}

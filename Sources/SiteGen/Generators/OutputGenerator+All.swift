import Foundation
import SiteGenCore

extension OutputGenerator {
    /// Every generator, in the order a build runs them.
    static let all: [OutputGenerator] = [
        redirects, notFound, newsFeed, sectionFeeds, pressFeed, sitemap, robots, contactCard, qrCode, themeAssets, webFonts,
        staticFiles,
    ]

    private static func never(_: SiteChanges, _: SitePlan) -> Bool { false }

    /// A page for each alias, sending visitors on to the page's address.
    static let redirects = OutputGenerator(
        name: "redirects", step: "Write redirects and 404",
        // An alias is planned with the page it leads to, and claimed there.
        claims: { _ in [] },
        isAffected: { changes, _ in changes.templates.contains("redirect") },
        write: { input in
            for redirect in input.plan.redirects {
                let html = input.inputs.theme.render(input.views.redirect(to: redirect.targetPage), with: "redirect")
                try input.output.write(Data(html.utf8), to: redirect.outputPath)
            }
        })

    /// `404.html`, and `en/404.html` for each other language.
    static let notFound = OutputGenerator(
        name: "404 page", step: "Write redirects and 404",
        claims: { site in
            site.config.languages.map {
                ClaimedPath(path: $0.notFoundOutputPath, owner: "the theme's 404 page")
            }
        },
        isAffected: { changes, _ in changes.templates.contains("404") },
        write: { input in
            for edition in input.plan.editions {
                let html = input.inputs.theme.render(input.views.notFound(edition.language), with: "404")
                try input.output.write(Data(html.utf8), to: edition.language.notFoundOutputPath)
            }
        })

    /// `feed.xml`, and `en/feed.xml` for each other language with news.
    static let newsFeed = OutputGenerator(
        name: "news feed", step: "Write feeds, sitemap and robots.txt",
        claims: { site in
            site.config.languages.map {
                ClaimedPath(path: String($0.newsFeedPath.dropFirst()), owner: "sitegen's news feed")
            }
        },
        isAffected: { changes, plan in plan.editions.flatMap(\.newsFeed).contains(where: changes.pagesWithNewText.contains) },
        write: { input in
            for edition in input.plan.editions {
                guard let news = AtomFeedGenerator.newsFeed(edition, input.plan) else { continue }
                let feed = AtomFeedGenerator(
                    config: input.views.edition(edition.language).config, plan: input.plan, feed: news,
                    summaries: input.rendered.summaries, content: input.rendered.feedContent, images: input.inputs.images)
                guard let xml = feed.generate() else { continue }
                try input.output.write(Data(xml.utf8), to: news.outputPath)
            }
        },
        unwritten: { inputs, plan in
            var reasons: [String: String] = [:]
            for edition in plan.editions where edition.newsFeed.isEmpty || plan.sections[edition.newsFolder] == nil {
                reasons[String(edition.language.newsFeedPath.dropFirst())] =
                    edition.language.isDefault
                    ? "the news feed is written only when content/\(inputs.config.newsSection)/ has dated posts"
                    : "the \(edition.language.code) news feed is written only when content/\(inputs.config.newsSection)/ has dated posts in \(edition.language.code)"
            }
            return reasons
        })

    /// `posts/feed.xml` for every other section with dated posts. Claimed
    /// for each folder with a dated file, a draft or not, as claims are made
    /// before the plan knows which pages are built.
    static let sectionFeeds = OutputGenerator(
        name: "section feeds", step: "Write feeds, sitemap and robots.txt",
        claims: { site in
            SectionFeed.candidateFolders(site.sources, config: site.config).sorted().map {
                ClaimedPath(path: SectionFeed.outputPath(ofFolder: $0), owner: "sitegen's feed of content/\($0)/")
            }
        },
        isAffected: { changes, plan in plan.sectionFeeds.contains { $0.entries.contains(where: changes.pagesWithNewText.contains) } },
        write: { input in
            for section in input.plan.sectionFeeds {
                let feed = AtomFeedGenerator(
                    config: input.config, plan: input.plan, feed: section, summaries: input.rendered.summaries,
                    content: input.rendered.feedContent, images: input.inputs.images)
                guard let xml = feed.generate() else { continue }
                try input.output.write(Data(xml.utf8), to: section.outputPath)
            }
        },
        unwritten: { inputs, plan in
            var reasons: [String: String] = [:]
            for folder in SectionFeed.candidateFolders(inputs.sources, config: inputs.config)
            where plan.sectionFeed(ofFolder: folder) == nil {
                reasons[SectionFeed.outputPath(ofFolder: folder)] =
                    "the feed of content/\(folder)/ is written only when it has dated posts that are not drafts"
            }
            return reasons
        })

    /// `press/feed.xml`, and `en/press/feed.xml` for each other language:
    /// the same articles, with the feed's words in the language.
    static let pressFeed = OutputGenerator(
        name: "press feed", step: "Write feeds, sitemap and robots.txt",
        claims: { input in
            input.config.languages.map {
                ClaimedPath(
                    path: String(BuiltInAddresses(sources: input.sources, language: $0).pressFeed.dropFirst()), owner: "sitegen's press feed")
            }
        },
        isAffected: never,
        write: { input in
            for edition in input.plan.editions {
                let views = input.views.edition(edition.language)
                let feed = PressFeedGenerator(
                    config: views.config, press: input.inputs.presence.press,
                    title: PressFeedGenerator.title(config: views.config, texts: views.texts), addresses: edition.builtInAddresses)
                guard let xml = feed.generate() else { continue }
                try input.output.write(Data(xml.utf8), to: String(edition.builtInAddresses.pressFeed.dropFirst()))
            }
        },
        unwritten: { inputs, plan in
            guard inputs.presence.press.isEmpty else { return [:] }
            return Dictionary(
                plan.editions.map {
                    (String($0.builtInAddresses.pressFeed.dropFirst()), "the press feed is written only when links.yml lists press articles")
                }, uniquingKeysWith: { a, _ in a })
        })

    static let sitemap = OutputGenerator(
        name: "sitemap", step: "Write feeds, sitemap and robots.txt",
        claims: { _ in [ClaimedPath(path: "sitemap.xml", owner: "sitegen's sitemap")] },
        isAffected: never,
        write: { input in
            let sitemap = SitemapGenerator(plan: input.plan, baseURL: input.config.baseURL, alternates: input.views.alternates)
            try input.output.write(Data(sitemap.generate().utf8), to: "sitemap.xml")
        })

    static let robots = OutputGenerator(
        name: "robots.txt", step: "Write feeds, sitemap and robots.txt",
        claims: { _ in [ClaimedPath(path: "robots.txt", owner: "sitegen's robots.txt")] },
        isAffected: never,
        write: { input in
            try input.output.write(Data(RobotsGenerator(baseURL: input.config.baseURL).generate().utf8), to: "robots.txt")
        })

    static let contactCard = OutputGenerator(
        name: "contact card", step: "Write contact card and QR code",
        claims: { _ in [ClaimedPath(path: "contact.vcf", owner: "sitegen's contact card")] },
        isAffected: never,
        write: { input in
            let card = VCardGenerator(config: input.config, profiles: input.inputs.presence.profiles)
            try input.output.write(Data(card.generate().utf8), to: "contact.vcf")
        })

    static let qrCode = OutputGenerator(
        name: "QR code", step: "Write contact card and QR code",
        claims: { _ in [ClaimedPath(path: "qr.svg", owner: "sitegen's QR code")] },
        isAffected: never,
        write: { input in
            let address = input.config.baseURL
            let qr = QRCodeGenerator(text: address.asciiDescription, title: "\(input.texts.strings["qr_code"] ?? "QR code"): \(address)")
            guard let svg = qr.generate() else {
                input.environment.log.report(
                    .error(at: SourceLocation(file: input.environment.display("site.yml")), "cannot make a QR code of \(address)"))
                return
            }
            try input.output.write(Data(svg.utf8), to: "qr.svg")
        })

    /// The theme's stylesheets and other files, the site's own versions
    /// first; style.css ends with site.yml's colours, corners and fonts.
    static let themeAssets = OutputGenerator(
        name: "theme files", step: "Copy theme and static files",
        claims: { site in
            (site.theme?.assets ?? []).map { ClaimedPath(path: $0.path, owner: $0.isOverride ? $0.displayPath : "the theme's \($0.path)") }
        },
        isAffected: never,
        write: { input in
            let brand = input.inputs.brand
            for var asset in input.inputs.theme.assets {
                // The stylesheets without their comments, then site.yml's colours and
                // corners, then the fonts' @font-face rules.
                if asset.path.hasSuffix(".css") { asset.data = StylesheetComments.removed(from: asset.data) }
                let fonts = asset.path == "style.css" ? Data(input.inputs.fonts.stylesheet.utf8) : Data()
                try input.output.write(brand.appended(to: asset) + fonts, to: asset.path)
            }
        })

    /// The files of `static/`: all of them, or in a partial rebuild those that changed.
    static let staticFiles = OutputGenerator(
        name: "static files", step: "Copy theme and static files",
        // They are the owner's own files, claimed by the planner after the
        // pages, so that a message about a clash names the page first.
        claims: { _ in [] },
        isAffected: { changes, _ in !changes.staticFiles.isEmpty },
        write: { input in
            let folder = input.environment.siteFile("static")
            // Raster images are published by the image step, without their metadata.
            for file in input.changes?.staticFiles ?? input.plan.staticFiles where !input.inputs.images.isProcessed(file) {
                try input.output.copy(folder.appendingPathComponent(file), to: file)
            }
        })
}

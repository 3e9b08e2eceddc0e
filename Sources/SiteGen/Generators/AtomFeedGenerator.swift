import SiteGenCore

/// The Atom feed of a section: its latest posts with their full text, so
/// that readers follow the business without a platform. The news section's
/// is the site's `feed.xml`; every other section with dated posts has its
/// own (`posts/feed.xml`).
struct AtomFeedGenerator {
    var config: SiteConfig
    var plan: SitePlan
    var feed: SectionFeed
    var summaries: [PageID: String]
    /// The HTML body of each page of the feed.
    var content: [PageID: String]
    /// The photos of `static/`: a post's `image:` leads its entry's content
    /// at the address of its largest variant.
    var images: ImageCatalog = ImageCatalog()

    static let path = "/feed.xml"

    /// The news section's feed of a language, at `/feed.xml` (`/en/feed.xml`); nil when it has no dated post.
    static func newsFeed(_ edition: PlanEdition, _ plan: SitePlan) -> SectionFeed? {
        guard !edition.newsFeed.isEmpty, plan.sections[edition.newsFolder] != nil else { return nil }
        return SectionFeed(folder: edition.newsFolder, sitePath: edition.language.newsFeedPath, entries: edition.newsFeed)
    }

    /// `nil` when there is no dated post to publish.
    func generate() -> String? {
        guard !feed.entries.isEmpty, let section = plan.sections[feed.folder] else { return nil }
        let base = config.baseURL
        let entries = feed.entries.map { plan[$0] }
        let newest = entries.compactMap { $0.frontMatter.updated ?? $0.date }.max()!
        let sectionPage = plan[section.page]
        // A control character makes the whole feed ill-formed XML: none gets through, whatever the loaders let in.
        func escaped(_ text: String) -> String { HTMLEscaping.text(TextField.stripped(text)) }
        func address(_ sitePath: String) -> String { escaped(URLEncoding.uri(base.absolute(sitePath))) }

        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(escaped(config.language))" xml:base="\(address("/"))">
              <title>\(escaped(Self.title(config: config, sectionTitle: sectionPage.title)))</title>

            """
        if let description = config.description { xml += "  <subtitle>\(escaped(description))</subtitle>\n" }
        xml += """
              <link rel="self" type="application/atom+xml" href="\(address(feed.sitePath))"/>
              <link rel="alternate" type="text/html" href="\(address(sectionPage.sitePath))"/>
              <id>\(address(feed.sitePath))</id>
              <updated>\(newest.rfc3339)</updated>
              <author><name>\(escaped(config.name))</name></author>

            """
        for (id, page) in zip(feed.entries, entries) {
            let published = page.date!
            xml += """
                  <entry>
                    <title>\(escaped(page.title))</title>
                    <link rel="alternate" type="text/html" href="\(address(page.sitePath))"/>
                    <id>\(address(page.sitePath))</id>
                    <published>\(published.rfc3339)</published>
                    <updated>\((page.frontMatter.updated ?? published).rfc3339)</updated>

                """
            for tag in page.frontMatter.tags { xml += "    <category term=\"\(escaped(tag))\"/>\n" }
            if let summary = summaries[id] { xml += "    <summary>\(escaped(summary))</summary>\n" }
            if let html = content[id] { xml += "    <content type=\"html\">\(escaped(hero(of: page) + html))</content>\n" }
            xml += "  </entry>\n"
        }
        xml += "</feed>\n"
        return xml
    }

    /// The post's `image:` as the first thing of its content: on the page it
    /// stands above the text, and a photo post says little without it.
    private func hero(of page: Page) -> String {
        guard let image = page.frontMatter.image else { return "" }
        let address = config.baseURL.absolute(pathOrAddress: images.largestAddress(of: image))
        return
            "<p><img src=\"\(HTMLEscaping.attribute(URLEncoding.uri(address)))\" alt=\"\(HTMLEscaping.attribute(page.frontMatter.imageAlt ?? ""))\"></p>\n"
    }

    /// "Actualités – Boulangerie Martin"
    static func title(config: SiteConfig, sectionTitle: String) -> String {
        "\(sectionTitle) – \(config.name)"
    }
}

import SiteGenCore

/// `feed.xml`: the latest posts of the news section as an Atom feed, with
/// their full text, so that readers follow the business without a platform.
struct AtomFeedGenerator {
    var config: SiteConfig
    var plan: SitePlan
    var summaries: [PageID: String]
    /// The HTML body of each page of the feed.
    var content: [PageID: String]

    static let path = "/feed.xml"

    /// `nil` when there is no dated news post to publish.
    func generate() -> String? {
        guard !plan.newsFeed.isEmpty, let section = plan.sections[config.newsSection] else { return nil }
        let base = config.baseURL
        let entries = plan.newsFeed.map { plan[$0] }
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
              <link rel="self" type="application/atom+xml" href="\(address(Self.path))"/>
              <link rel="alternate" type="text/html" href="\(address(sectionPage.sitePath))"/>
              <id>\(address(Self.path))</id>
              <updated>\(newest.rfc3339)</updated>
              <author><name>\(escaped(config.name))</name></author>

            """
        for (id, page) in zip(plan.newsFeed, entries) {
            let published = page.date!
            xml += """
                  <entry>
                    <title>\(escaped(page.title))</title>
                    <link rel="alternate" type="text/html" href="\(address(page.sitePath))"/>
                    <id>\(address(page.sitePath))</id>
                    <published>\(published.rfc3339)</published>
                    <updated>\((page.frontMatter.updated ?? published).rfc3339)</updated>

                """
            if let summary = summaries[id] { xml += "    <summary>\(escaped(summary))</summary>\n" }
            if let html = content[id] { xml += "    <content type=\"html\">\(escaped(html))</content>\n" }
            xml += "  </entry>\n"
        }
        xml += "</feed>\n"
        return xml
    }

    /// "Actualités – Boulangerie Martin"
    static func title(config: SiteConfig, sectionTitle: String) -> String {
        "\(sectionTitle) – \(config.name)"
    }
}

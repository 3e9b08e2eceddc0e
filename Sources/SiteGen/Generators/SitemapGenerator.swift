/// `sitemap.xml`: every page of the site, with its absolute address and the
/// date it last changed (from the content, never the build time).
struct SitemapGenerator {
    var plan: SitePlan
    var baseURL: BaseURL

    func generate() -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">

            """
        for page in plan.pages.sorted(by: { $0.sitePath < $1.sitePath }) {
            xml += "  <url>\n    <loc>\(HTMLEscaping.text(URLEncoding.uri(baseURL.absolute(page.sitePath))))</loc>\n"
            if let changed = page.frontMatter.updated ?? page.date {
                xml += "    <lastmod>\(changed.isoDay)</lastmod>\n"
            }
            xml += "  </url>\n"
        }
        xml += "</urlset>\n"
        return xml
    }
}

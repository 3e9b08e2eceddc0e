/// `sitemap.xml`: every page of the site, with its absolute address and the
/// date it last changed (from the content, never the build time). On a site
/// in several languages, each address lists its translations as
/// `xhtml:link` alternates, as its page's head does.
struct SitemapGenerator {
    var plan: SitePlan
    var baseURL: BaseURL
    /// The translations of a page, itself and `x-default` included; empty on a site in one language.
    var alternates: (PageID) -> [AlternateView] = { _ in [] }

    func generate() -> String {
        let multilingual = plan.editions.count > 1
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"\(multilingual ? " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"" : "")>

            """
        for id in plan.pageIDs.sorted(by: { plan[$0].sitePath < plan[$1].sitePath }) {
            let page = plan[id]
            xml += "  <url>\n    <loc>\(HTMLEscaping.text(URLEncoding.uri(baseURL.absolute(page.sitePath))))</loc>\n"
            if let changed = page.frontMatter.updated ?? page.date {
                xml += "    <lastmod>\(changed.isoDay)</lastmod>\n"
            }
            for alternate in alternates(id) {
                xml +=
                    "    <xhtml:link rel=\"alternate\" hreflang=\"\(HTMLEscaping.attribute(alternate.hreflang))\" href=\"\(HTMLEscaping.attribute(URLEncoding.uri(alternate.url)))\"/>\n"
            }
            xml += "  </url>\n"
        }
        xml += "</urlset>\n"
        return xml
    }
}

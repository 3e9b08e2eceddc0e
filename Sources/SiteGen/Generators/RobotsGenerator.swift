/// `robots.txt`: everything may be crawled, and here is the sitemap.
struct RobotsGenerator {
    var baseURL: BaseURL

    func generate() -> String {
        """
        User-agent: *
        Allow: /

        Sitemap: \(URLEncoding.uri(baseURL.absolute("/sitemap.xml")))

        """
    }
}

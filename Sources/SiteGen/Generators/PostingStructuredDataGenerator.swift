/// The JSON-LD of a dated post: a `SocialMediaPosting` for a post brought
/// home from a social network, a `BlogPosting` (its schema.org subtype) for
/// a WordPress article or a post written here. Its author and publisher are
/// the business, under the same `@id` as in the home page's graph; the
/// addresses of the same post elsewhere are its `sameAs` (the same work,
/// not one derived from it, which `isBasedOn` would say); its photos are
/// its `image` and, as the posting shares them, its `sharedContent`.
struct PostingStructuredDataGenerator {
    var config: SiteConfig
    var page: Page
    /// Absolute.
    var permalink: String
    /// The post's photos with their descriptions: its `image:` first, then
    /// those of its text, at absolute addresses.
    var photos: [(address: String, description: String)]

    var type: String {
        page.frontMatter.importedFrom?.platform.isSocial == true ? "SocialMediaPosting" : "BlogPosting"
    }

    func object() -> [String: Any] {
        let base = config.baseURL
        var business: [String: Any] = [
            "@type": config.businessType, "@id": base.description + "#business", "name": config.name, "url": base.description,
        ]
        if let logo = config.logo { business["logo"] = base.absolute(pathOrAddress: logo) }
        var posting: [String: Any] = [
            "@context": "https://schema.org",
            "@type": type,
            "@id": permalink + "#post",
            "headline": page.title,
            "url": permalink,
            "mainEntityOfPage": permalink,
            "inLanguage": page.frontMatter.language ?? config.language,
            "author": business,
            "publisher": business,
        ]
        if let date = page.date { posting["datePublished"] = date.iso8601 }
        if let updated = page.frontMatter.updated { posting["dateModified"] = updated.iso8601 }
        if let description = page.frontMatter.description { posting["description"] = description }
        if !page.frontMatter.tags.isEmpty { posting["keywords"] = page.frontMatter.tags }
        if !page.frontMatter.syndication.isEmpty { posting["sameAs"] = page.frontMatter.syndication }
        if !photos.isEmpty {
            posting["image"] = photos.map(\.address)
            posting["sharedContent"] = photos.map { photo -> [String: Any] in
                var image: [String: Any] = ["@type": "ImageObject", "contentUrl": photo.address, "url": photo.address]
                if !photo.description.isEmpty { image["description"] = photo.description }
                return image
            }
        }
        return posting
    }

    func json() -> String {
        ScriptJSON.encode(object())
    }
}

import Foundation

/// The JSON-LD `@graph` of the home page: the business, with its most specific
/// schema.org type, and the website it publishes. Search engines read it for
/// the knowledge panel; `sameAs` ties the business to its profiles.
struct StructuredDataGenerator {
    var config: SiteConfig
    var profiles: [RecognisedProfile]

    func graph() -> [String: Any] {
        let base = config.baseURL
        let home = base.description
        var business: [String: Any] = [
            "@type": config.businessType,
            "@id": home + "#business",
            "name": config.name,
            "url": home,
        ]
        if let description = config.description { business["description"] = description }
        if let logo = config.logo { business["logo"] = base.absolute(pathOrAddress: logo) }
        if let image = config.image ?? config.logo { business["image"] = base.absolute(pathOrAddress: image) }
        if let telephone = config.telephone { business["telephone"] = telephone.e164 }
        if let email = config.email { business["email"] = email }
        if let address = config.address {
            var postal: [String: Any] = ["@type": "PostalAddress"]
            postal["streetAddress"] = address.street
            postal["addressLocality"] = address.locality
            postal["postalCode"] = address.postalCode
            postal["addressRegion"] = address.region
            postal["addressCountry"] = address.country
            business["address"] = postal
        }
        if let geo = config.geo {
            business["geo"] = ["@type": "GeoCoordinates", "latitude": geo.latitude, "longitude": geo.longitude]
        }
        let hours = openingHours()
        if !hours.isEmpty { business["openingHoursSpecification"] = hours }
        if !profiles.isEmpty { business["sameAs"] = profiles.map(\.profile.url) }

        // A site in several languages: the business speaks each, and the
        // website is written in each (the same facts on every home page).
        let languages = config.languages.map(\.code)
        if config.isMultilingual { business["availableLanguage"] = languages }
        let website: [String: Any] = [
            "@type": "WebSite",
            "@id": home + "#website",
            "url": home,
            "name": config.name,
            "inLanguage": config.isMultilingual ? languages as Any : config.language,
            "publisher": ["@id": home + "#business"],
        ]
        return ["@context": "https://schema.org", "@graph": [business, website]]
    }

    /// The graph as JSON that is safe inside `<script>` (`ScriptJSON`).
    func json() -> String {
        ScriptJSON.encode(graph())
    }

    /// The usual week grouped by identical spans, then the special dates with
    /// `validFrom`/`validThrough`; a closed special date opens and closes at 00:00.
    func openingHours() -> [[String: Any]] {
        var specifications: [[String: Any]] = []
        if let hours = config.hours {
            var groups: [(span: OpeningSpan, days: [String])] = []
            for (index, day) in Weekday.allCases.enumerated() {
                for span in hours.days[day] ?? [] {
                    let name = "https://schema.org/" + WeekdayNames.schemaOrg[index]
                    if let position = groups.firstIndex(where: { $0.span == span }) {
                        groups[position].days.append(name)
                    } else {
                        groups.append((span, [name]))
                    }
                }
            }
            for group in groups {
                specifications.append([
                    "@type": "OpeningHoursSpecification", "dayOfWeek": group.days,
                    "opens": OpeningSpan.clock(group.span.opens), "closes": Self.closing(group.span),
                ])
            }
        }
        for special in config.specialHours {
            let spans = special.spans.isEmpty ? [OpeningSpan(opens: 0, closes: 0)] : special.spans
            for span in spans {
                specifications.append([
                    "@type": "OpeningHoursSpecification",
                    "validFrom": special.from.isoDay, "validThrough": special.through.isoDay,
                    "opens": OpeningSpan.clock(span.opens), "closes": special.spans.isEmpty ? "00:00" : Self.closing(span),
                ])
            }
        }
        return specifications
    }

    /// 24:00 is written 00:00, except for a day open around the clock, which
    /// closes at 23:59: 00:00-00:00 is how a closed day is written.
    static func closing(_ span: OpeningSpan) -> String {
        if span.opens == 0, span.closes == 24 * 60 { return "23:59" }
        return OpeningSpan.clock(span.closes % (24 * 60))
    }

}

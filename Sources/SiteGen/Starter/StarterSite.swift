import Foundation
import SiteGenManifest

/// The first site of an owner's own business, as `sitegen init --name …`
/// writes it: a home, an about and a contact page in the site's language,
/// site.yml filled from the answers, an empty links.yml with commented
/// examples, a placeholder logo, a .gitignore, and a legal notice page where
/// the country expects one. What only the owner knows is a marked place to
/// fill in (`[In te vullen: …]`), listed by `sitegen check`.
struct StarterSite {
    var details: BusinessDetails
    var words: StarterWords { StarterWords.forLanguage(details.language) }

    /// Relative path and text of every file, in the order they are written.
    func files() -> [(path: String, text: String)] {
        var files: [(String, String)] = [
            ("site.yml", siteFile()),
            ("links.yml", linksFile()),
            (".gitignore", Self.gitignore),
            ("static/images/logo.svg", PlaceholderLogo.svg(for: details.name)),
            (
                "content/index.md",
                page(
                    title: details.name + inCity, menuTitle: words.homeMenu, description: fill(words.homeDescription), menu: "main", weight: 1,
                    body: fill(words.homeBody))
            ),
            (
                "content/" + words.aboutFile,
                page(title: words.aboutTitle, description: fill(words.aboutDescription), menu: "main", weight: 2, body: words.aboutBody)
            ),
            (
                "content/" + words.contactFile,
                page(
                    title: words.contactTitle, menuTitle: words.contactMenu, description: fill(words.contactDescription), menu: "[main, footer]",
                    weight: 3,
                    template: "contact", body: words.contactBody)
            ),
        ]
        if details.wantsLegalNotice {
            files.append(
                (
                    "content/" + words.legalFile,
                    page(title: words.legalTitle, description: fill(words.legalDescription), menu: "footer", weight: 9, body: legalBody())
                ))
        }
        return files
    }

    private var inCity: String {
        details.city.map { words.inCity + $0 } ?? ""
    }

    private func fill(_ text: String) -> String {
        text.replacingOccurrences(of: "{name}", with: details.name).replacingOccurrences(of: "{in_city}", with: inCity)
            .replacingOccurrences(of: "{contact}", with: words.contactFile)
    }

    private func marked(_ what: String) -> String {
        "[\(words.fillIn): \(what)]"
    }

    private func page(
        title: String, menuTitle: String? = nil, description: String, menu: String, weight: Int, template: String? = nil, body: String
    ) -> String {
        var lines = ["---", "title: \(YAMLQuoting.doubleQuoted(title))"]
        if let menuTitle { lines.append("menu_title: \(YAMLQuoting.doubleQuoted(menuTitle))") }
        lines.append("description: \(YAMLQuoting.doubleQuoted(description))")
        lines.append("menu: \(menu)")
        lines.append("weight: \(weight)")
        if let template {
            lines.append("# The contact template shows the opening hours (hours: in site.yml), the")
            lines.append("# address with its map links, the telephone and e-mail above this text,")
            lines.append("# and the QR code below it.")
            lines.append("template: \(template)")
        }
        lines.append("---")
        return lines.joined(separator: "\n") + "\n\n" + body + "\n"
    }

    /// site.yml alone, which `SiteInitializer` reads as a build would to check the answers.
    func siteFile() -> String {
        let quoted = YAMLQuoting.doubleQuoted
        var text = """
            # site.yml: the identity card of \(details.name).
            # sitegen reads this file to build every page's header and footer, the
            # structured data search engines read (schema.org), the contact card,
            # the feed and the sitemap. Change the values, keep the keys.
            # Places marked [\(words.fillIn): …] are yours to fill in; sitegen check lists them.

            name: \(quoted(details.name))

            """
        if let url = details.url ?? Self.address(fromEmail: details.email) {
            text += "# The public address of the site, with the trailing slash.\nurl: \(YAMLQuoting.address(url))\n"
        } else {
            text +=
                "# The public address of the site, with the trailing slash: replace the\n# example address with your own domain before publishing.\nurl: \(Self.placeholderURL)\n"
        }
        text += """
            # The language of the content (a BCP 47 code: nl, fr, de, en…).
            language: \(details.language)
            # One sentence that describes the business; used in search results and previews.
            description: \(quoted(words.siteDescription))
            # A schema.org type (https://schema.org/LocalBusiness lists them):
            # HairSalon, Restaurant, CafeOrCoffeeShop, Florist, Plumber, Store, LocalBusiness…
            type: \(details.type)
            # The logo, a file of static/: replace static/images/logo.svg with your own
            # (sitegen warns while it is the placeholder).
            logo: /images/logo.svg
            # A photo of the shop or your work for previews on social media (1200×630
            # JPEG works best): put it in static/images/ and write its path here.
            # image: /images/shop.jpg

            """
        if let email = details.email {
            text += "email: \(quoted(email))\n"
        } else {
            text += "# email: info@example.com\n"
        }
        if let telephone = details.telephone {
            text += "# Quote the phone number so it stays text, in international format.\ntelephone: \(quoted(telephone))\n"
        } else {
            text += "# Quote the phone number so it stays text, in international format.\n# telephone: \"+32 2 123 45 67\"\n"
        }
        text += "\naddress:\n"
        text += "  street: \(quoted(details.street ?? marked(words.street)))\n"
        text += "  locality: \(quoted(details.city ?? marked(words.city)))\n"
        text += "  # Quote the postal code, or YAML may read it as a number.\n"
        text += "  postal_code: \(quoted(details.postalCode ?? marked(words.postalCode)))\n"
        if let country = details.country {
            text += "  # Two-letter country code (ISO 3166-1).\n  country: \(country)\n"
        } else {
            text += "  # Two-letter country code (ISO 3166-1): BE, FR, NL, DE…\n  # country: BE\n"
        }
        text += """

            # Where the business is on a map (decimal degrees), for the map link:
            # geo:
            #   latitude: 50.8467
            #   longitude: 4.3525

            # Regular opening hours, every day of the week. These are examples:
            # replace them with yours, then write today's date under last_verified.
            # "closed", or one or more ranges separated by commas ("09:00-12:30, 13:30-18:00");
            # 24-hour clock; "9h-18h" and "09.00-18.00" are read too.
            hours:
              monday: closed
              tuesday: "09:00-18:00"
              wednesday: "09:00-18:00"
              thursday: "09:00-18:00"
              friday: "09:00-18:00"
              saturday: "09:00-17:00"
              sunday: closed

            # Holidays and exceptions; they override the regular hours on those days.
            # special_hours:
            #   - date: 2027-01-01
            #     hours: closed
            #     note: New Year's Day

            # When you last checked these details were still true (YYYY-MM-DD).
            # sitegen warns when they get old, and until the hours are confirmed.
            # last_verified:
            #   hours: 2027-01-15
            #   contact: 2027-01-15

            """
        return text
    }

    private func linksFile() -> String {
        """
        # links.yml: where else \(details.name) lives on the web.
        # profiles: your accounts on other platforms (Instagram, Facebook, Mastodon,
        #   Google, WhatsApp…). sitegen recognises the platform from the address,
        #   shows its icon in the footer and tells search engines the accounts are
        #   yours. Add one with: sitegen profile add https://www.instagram.com/youraccount
        # press: articles written about you, listed on the press page with their
        #   outlet and date. Add one with: sitegen press add https://…
        #
        # Written by hand, entries look like this:
        #
        # profiles:
        #   - url: https://www.instagram.com/youraccount/
        #   - url: https://www.facebook.com/yourpage
        #     label: Facebook
        # press:
        #   - url: https://www.example.com/an-article-about-you
        #     title: The article's title
        #     outlet: The newspaper's name
        #     date: 2026-05-31

        profiles:
        press:

        """
    }

    private func legalBody() -> String {
        let registration = LegalNotice.registration(country: details.country, language: details.language) ?? words.registration
        let address = [
            details.street ?? marked(words.street),
            [details.postalCode ?? marked(words.postalCode), details.city ?? marked(words.city)].joined(separator: " "),
        ].joined(separator: ", ")
        var lines = ["## \(words.legalPublisher)", "", "**\(details.name)**, \(marked(words.legalName))\\", address + "\\"]
        lines.append("\(registration): \(marked(registration))\\")
        lines.append("\(words.vat): \(marked(words.vat))" + (details.telephone != nil || details.email != nil ? "\\" : ""))
        var contact: [String] = []
        if let telephone = details.telephone { contact.append("\(words.telephone): \(telephone)") }
        if let email = details.email { contact.append("\(words.email): <\(email)>") }
        if !contact.isEmpty { lines.append(contact.joined(separator: " – ")) }
        lines += ["", "## \(words.legalHost)", "", words.legalHostBody, "", "## \(words.legalPrivacy)", "", words.legalPrivacyBody]
        return lines.joined(separator: "\n")
    }

    static let placeholderURL = "https://www.example.com/"

    /// Mail providers whose domain is not the business's own.
    static let mailProviders: Set<String> = [
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "yahoo.com", "icloud.com", "me.com",
        "proton.me", "protonmail.com", "gmx.de", "gmx.net", "gmx.at", "web.de", "orange.fr", "free.fr", "laposte.net", "sfr.fr",
        "wanadoo.fr", "skynet.be", "telenet.be", "proximus.be", "hotmail.be", "hotmail.fr", "yahoo.fr", "libero.it", "ziggo.nl",
        "kpnmail.nl", "t-online.de", "aol.com", "mail.com", "zoho.com", "fastmail.com", "posteo.de", "tutanota.com",
    ]

    /// `info@kapsalonlotte.be` → `https://www.kapsalonlotte.be/`: a business
    /// with its own mail domain usually has the site there; a mail provider's does not.
    static func address(fromEmail email: String?) -> String? {
        guard let email, let at = email.lastIndex(of: "@") else { return nil }
        let domain = email[email.index(after: at)...].lowercased()
        guard domain.contains("."), !mailProviders.contains(domain),
            domain.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }), !domain.hasPrefix("."), !domain.hasSuffix(".")
        else { return nil }
        return "https://" + (domain.hasPrefix("www.") ? domain : "www." + domain) + "/"
    }

    static let gitignore = """
        # What sitegen makes again when missing: the built site, and its caches
        # and locks. The record of imported posts, .sitegen/imports.json, is kept:
        # it is what stops a page you deleted from coming back at the next import.
        public/
        .sitegen/*
        !.sitegen/imports.json

        """
}

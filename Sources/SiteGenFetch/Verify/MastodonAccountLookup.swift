import Foundation

/// Mastodon's public API for one account, on the account's own server:
/// `GET /api/v1/accounts/lookup?acct=NAME`. Its profile fields say whether
/// Mastodon itself verified each link (`verified_at`), which is what the
/// green check shows.
struct MastodonAccountLookup {
    struct Field: Sendable, Equatable {
        var name: String
        /// The addresses of the field's value (HTML with an `<a href>`).
        var links: [String]
        /// The date Mastodon verified the link, `2026-11-02`; nil when it has not.
        var verifiedAt: String?
    }

    struct Account: Sendable, Equatable {
        var fields: [Field]
        /// The addresses in the bio, which Mastodon never verifies.
        var noteLinks: [String]
    }

    /// `https://mastodon.social/api/v1/accounts/lookup?acct=boulangerie` for
    /// `https://mastodon.social/@boulangerie`; nil when the address has no `/@NAME`.
    static func apiURL(for profileURL: String) -> URL? {
        guard let profile = URLComponents(string: profileURL), let host = profile.host, !host.isEmpty,
            let first = profile.path.split(separator: "/").first, first.hasPrefix("@"), first.count > 1
        else { return nil }
        var components = URLComponents()
        components.scheme = profile.scheme?.lowercased()
        components.host = host
        components.port = profile.port
        components.path = "/api/v1/accounts/lookup"
        components.queryItems = [URLQueryItem(name: "acct", value: String(first.dropFirst()))]
        return components.url
    }

    /// Nil unless `data` is an account as Mastodon describes one.
    static func account(from data: Data, profileURL: String) -> Account? {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any], let rawFields = object["fields"] as? [Any]
        else { return nil }
        var fields: [Field] = []
        for case let field as [String: Any] in rawFields.prefix(50) {
            guard let value = field["value"] as? String else { continue }
            let links = PageLinks(html: Data(value.utf8), pageURL: profileURL, maxBytes: 65_536).links.map(\.href)
            fields.append(
                Field(name: shown(field["name"] as? String ?? ""), links: links, verifiedAt: (field["verified_at"] as? String).map(day)))
        }
        let note = (object["note"] as? String).map { PageLinks(html: Data($0.utf8), pageURL: profileURL, maxBytes: 65_536).links.map(\.href) }
        return Account(fields: fields, noteLinks: note ?? [])
    }

    /// What the account says about its link to the site; nil never: an
    /// account without a field to the site is `no link back`.
    static func verification(of profile: ProfileToVerify, account: Account, site: SiteHome) -> ProfileVerification {
        let pointing = account.fields.compactMap { field in
            field.links.first { site.relation(of: $0) != .unrelated }.map { (field: field, link: $0) }
        }
        if let found = pointing.first(where: { $0.field.verifiedAt != nil }) {
            return ProfileVerification(
                profile: profile, result: .verified,
                message:
                    "Mastodon shows the green check: the field “\(found.field.name)” links to \(PageLinks.shown(found.link)), verified \(found.field.verifiedAt!)"
            )
        }
        if let found = pointing.first {
            return ProfileVerification(
                profile: profile, result: .linksBack,
                message: "the field “\(found.field.name)” links to \(PageLinks.shown(found.link)), but Mastodon has not verified it",
                advice: MastodonAdvice.saveAgain(site))
        }
        if let link = account.noteLinks.first(where: { site.relation(of: $0) != .unrelated }) {
            return ProfileVerification(
                profile: profile, result: .linksBack,
                message: "the bio links to \(PageLinks.shown(link)), but Mastodon verifies only the links of the profile's extra fields",
                advice: MastodonAdvice.addField(site))
        }
        return ProfileVerification(
            profile: profile, result: .noLinkBack, message: "no profile field links to the site", advice: MastodonAdvice.addField(site))
    }

    /// A field's name is written by anyone: one short line.
    private static func shown(_ text: String) -> String {
        let line = String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) }))
        return line.count > 60 ? String(line.prefix(59)) + "…" : line
    }

    /// `2026-11-02` from `2026-11-02T10:00:00.000Z`.
    private static func day(_ date: String) -> String {
        let prefix = date.prefix(10)
        return prefix.count == 10 && prefix.allSatisfy({ $0.isNumber || $0 == "-" }) ? String(prefix) : "(at an unreadable date)"
    }
}

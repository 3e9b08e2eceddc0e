import Foundation
import SiteGenCore

/// Every `<a>` and `<link>` of a page that has an `href`, with its `rel`,
/// read by an HTML5 parser as a browser (and Mastodon) reads them, from the
/// HTML alone: a link that only JavaScript would add is not there.
public struct PageLinks: Sendable {
    public struct Link: Sendable, Equatable {
        /// `a` or `link`.
        public var element: String
        /// The `rel` keywords, in lower case: `["me"]`, `["nofollow", "noopener", "me"]`.
        public var rel: [String]
        /// Resolved against the page's address (and its `<base href>`).
        public var href: String

        public var isMe: Bool { rel.contains("me") }

        public init(element: String, rel: [String], href: String) {
            self.element = element
            self.rel = rel
            self.href = href
        }
    }

    /// Mastodon reads at most 1 MB of a page; a profile page is read the same way.
    public static let maxBytes = 1_000_000
    /// A page of a million links is an attack, not a profile.
    static let maxLinks = 10_000

    public var links: [Link]
    /// How many `<script>` elements the page has: with no link at all, the
    /// page is drawn by JavaScript.
    public var scripts: Int
    /// A password field: the page is a login form, not the profile.
    public var asksForPassword: Bool

    /// `html` beyond `maxBytes` is not read.
    public init(html: Data, pageURL: String, maxBytes: Int = PageLinks.maxBytes) {
        let tokens = HTMLTokens(parsing: Array(html.prefix(maxBytes)))
        let page = URL(string: pageURL)
        var base = page
        if let tag = tokens.tags.first(where: { $0.name == "base" }), let href = Self.value("href", of: tag) {
            base = Self.resolve(href, against: page).flatMap(URL.init(string:)) ?? page
        }
        var links: [Link] = []
        var scripts = 0
        var asksForPassword = false
        for tag in tokens.tags {
            switch tag.name {
            case "a", "link":
                guard links.count < Self.maxLinks, let href = Self.value("href", of: tag), let resolved = Self.resolve(href, against: base)
                else { continue }
                let rel = (Self.value("rel", of: tag) ?? "").lowercased().split(whereSeparator: { " \t\n\r\u{0C}".contains($0) }).map(String.init)
                links.append(Link(element: tag.name, rel: rel, href: resolved))
            case "script":
                scripts += 1
            case "input":
                if Self.value("type", of: tag)?.lowercased() == "password" { asksForPassword = true }
            default:
                break
            }
        }
        self.links = links
        self.scripts = scripts
        self.asksForPassword = asksForPassword
    }

    /// An address found on a page, short enough for a one-line message.
    static func shown(_ address: String) -> String {
        address.count > 200 ? String(address.prefix(199)) + "…" : address
    }

    /// The links of `<a>` elements, those a visitor can follow.
    public var anchors: [Link] { links.filter { $0.element == "a" } }

    private static func value(_ name: String, of tag: HTMLTokens.StartTag) -> String? {
        tag.attributes.first { $0.name == name }?.value
    }

    /// An absolute address, as a browser makes it from an `href`; nil for
    /// one that is empty or that Foundation cannot read.
    static func resolve(_ href: String, against base: URL?) -> String? {
        let trimmed = href.trimmingCharacters(in: CharacterSet(charactersIn: " \t\n\r\u{0C}"))
        guard !trimmed.isEmpty, trimmed.utf8.count <= 8_192 else { return nil }
        let url =
            URL(string: trimmed, relativeTo: base)
            ?? trimmed.addingPercentEncoding(withAllowedCharacters: .urlFragmentAllowed).flatMap {
                URL(string: $0, relativeTo: base)
            }
        return url?.absoluteURL.absoluteString
    }
}

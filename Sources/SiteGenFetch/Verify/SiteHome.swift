import Foundation

/// The site's home page address (site.yml's `url:`), and how an address
/// found on another page relates to it. The host's case and a trailing
/// slash do not matter; the scheme and `www.` do for the home page itself,
/// since Mastodon verifies the exact address, and `www.` does not for the
/// site's other pages.
public struct SiteHome: Sendable, Equatable {
    public enum Relation: Sendable, Equatable {
        /// The home page itself.
        case home
        /// The home page, but `http:` where the site is `https:` (or the reverse).
        case homeWithOtherScheme
        /// Another page of the site.
        case otherPage
        case unrelated
    }

    /// As the owner wrote it, with a slash at the end of the path.
    public var url: String
    private var parts: Parts

    /// Nil unless `url` is an absolute `http:` or `https:` address.
    public init?(_ url: String) {
        guard let parts = Parts(url), parts.query == nil else { return nil }
        self.parts = parts
        self.url = parts.path.isEmpty ? url + "/" : url
    }

    public func relation(of href: String) -> Relation {
        guard let other = Parts(href) else { return .unrelated }
        if other.host == parts.host, other.sameSite(as: parts), other.trimmedPath == parts.trimmedPath, other.query == nil {
            return other.scheme == parts.scheme && other.port == parts.port ? .home : .homeWithOtherScheme
        }
        if other.sameSite(as: parts), (other.trimmedPath + "/").hasPrefix(parts.trimmedPath + "/") { return .otherPage }
        // A platform's way out (`l.instagram.com/?u=https%3A%2F%2F...`): the
        // address it leads to, given in a parameter.
        for item in other.queryItems {
            guard let value = item.value, value.hasPrefix("http://") || value.hasPrefix("https://"), Parts(value)?.sameSite(as: parts) == true
            else { continue }
            return .otherPage
        }
        return .unrelated
    }

    public var isHTTPS: Bool { parts.scheme == "https" }

    /// The pieces of an address that the comparisons read.
    private struct Parts: Sendable, Equatable {
        var scheme: String
        var host: String
        var port: Int?
        var trimmedPath: String
        var path: String
        var query: String?
        var queryItems: [URLQueryItem]

        init?(_ text: String) {
            guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
                scheme == "http" || scheme == "https", var host = components.host?.lowercased(), !host.isEmpty
            else { return nil }
            while host.hasSuffix(".") { host.removeLast() }
            self.scheme = scheme
            self.host = host
            self.port = components.port == (scheme == "https" ? 443 : 80) ? nil : components.port
            self.path = components.percentEncodedPath
            var trimmed = components.percentEncodedPath
            while trimmed.hasSuffix("/") { trimmed.removeLast() }
            self.trimmedPath = trimmed
            self.query = components.percentEncodedQuery.flatMap { $0.isEmpty ? nil : $0 }
            self.queryItems = Array((components.queryItems ?? []).prefix(20))
        }

        /// The same host, with or without `www.`.
        func sameSite(as other: Parts) -> Bool {
            func bare(_ host: String) -> String { host.hasPrefix("www.") ? String(host.dropFirst(4)) : host }
            return bare(host) == bare(other.host) && (scheme != other.scheme || port == other.port)
        }
    }
}

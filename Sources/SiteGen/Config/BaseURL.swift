import Foundation
import SiteGenCore

/// The address the site is published at, such as `https://www.example.fr/` or
/// `https://example.github.io/shop/`. Always ends with a slash.
public struct BaseURL: Sendable, Hashable, CustomStringConvertible {
    /// `https://www.example.fr` without a trailing slash.
    public let origin: String
    /// The path the site lives under, `/` or `/shop/`.
    public let path: String

    /// Accepts absolute `http:` and `https:` addresses only.
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard WebAddress.isValid(trimmed), let components = URLComponents(string: trimmed),
            let scheme = components.scheme?.lowercased(), scheme == "https" || scheme == "http",
            let host = components.host, !host.isEmpty,
            components.user == nil, components.password == nil,
            components.query == nil, components.fragment == nil
        else { return nil }
        let port = components.port.map { ":\($0)" } ?? ""
        origin = "\(scheme)://\(host.lowercased())\(port)"
        var path = components.percentEncodedPath
        if !path.hasPrefix("/") { path = "/" + path }
        if !path.hasSuffix("/") { path += "/" }
        self.path = path
    }

    public var description: String { origin + path }

    /// The address with its host in the ASCII form DNS uses (`xn--...` for
    /// an accented domain). A QR code holds this form: readers guess the
    /// character set of other bytes (zbarimg reads "pâtisserie" as
    /// "p璽tisserie"), and every browser shows the name in its own letters.
    public var asciiDescription: String {
        URL(string: description)?.absoluteString ?? description
    }

    /// The absolute address of a site path such as `/news/oven/`.
    public func absolute(_ sitePath: String) -> String {
        origin + self.path + sitePath.drop { $0 == "/" }
    }

    /// The root-relative address of a site path, with the base path in front.
    public func rooted(_ sitePath: String) -> String {
        self.path + sitePath.drop { $0 == "/" }
    }

    /// A site path (`/images/logo.svg`) made absolute; an address of another site as it is.
    public func absolute(pathOrAddress value: String) -> String {
        value.hasPrefix("/") ? absolute(value) : value
    }

    /// A site path put under the base path; an address of another site as it is.
    public func rooted(pathOrAddress value: String) -> String {
        value.hasPrefix("/") ? rooted(value) : value
    }
}

import Foundation

/// Profile addresses in the form Mastodon's rel=me verification matches:
/// `@user@instance` becomes `https://instance/@user`, and the `/users/NAME`
/// form or a trailing slash are rewritten to `https://instance/@NAME`.
public enum MastodonAddress {
    /// `@boulangerie@mastodon.social` -> `https://mastodon.social/@boulangerie`; nil if it is not a handle.
    public static func fromHandle(_ text: String) -> String? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].isEmpty, !parts[1].isEmpty, parts[2].contains("."),
            parts[1].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." || $0 == "-" }),
            parts[2].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" })
        else { return nil }
        return "https://\(parts[2].lowercased())/@\(parts[1])"
    }

    /// The canonical form of a Mastodon profile address, or nil when the
    /// address is not in a form to rewrite.
    public static func canonical(_ url: String) -> String? {
        guard var components = URLComponents(string: url), components.host != nil else { return nil }
        let path = components.path
        let segments = path.split(separator: "/").map(String.init)
        if segments.count == 2, segments[0] == "users", !segments[1].isEmpty {
            components.path = "/@" + segments[1]
        } else if segments.count == 1, segments[0].hasPrefix("@"), path.hasSuffix("/") {
            components.path = "/" + segments[0]
        } else {
            return nil
        }
        return components.string
    }
}

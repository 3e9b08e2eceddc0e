import Foundation
import SiteGenCore

/// Cleans an address pasted by the owner: only absolute `https:`/`http:`
/// without a user or password, tracking parameters removed (`utm_*`,
/// `fbclid`, `igsh`..., `TrackingParameters`), the fragment kept.
public enum ArticleAddresses {
    public struct Cleaned: Sendable {
        public var url: String
        /// The tracking parameters that were removed, for a notice.
        public var removed: [String]
    }

    public struct Refused: Error, Sendable {
        public var message: String
    }

    public static func isLanguageTag(_ text: String) -> Bool { LanguageTag.isValid(text) }

    public static func clean(_ text: String) -> Result<Cleaned, Refused> {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return .failure(Refused(message: "the address is empty; give the full address, starting with https://")) }
        if let bad = trimmed.unicodeScalars.first(where: WebAddress.isForbidden) {
            let what = bad == " " ? "a space" : TextField.describe(bad)
            return .failure(Refused(message: "\(TextField.quoted(trimmed)) contains \(what); an address is one line without spaces"))
        }
        guard var components = URLComponents(string: trimmed), let scheme = components.scheme?.lowercased() else {
            return .failure(Refused(message: "\"\(trimmed)\" is not an address; give the full address, starting with https://"))
        }
        guard scheme == "https" || scheme == "http" else {
            return .failure(Refused(message: "\"\(trimmed)\" is a \(scheme): address; only https: and http: addresses can be published"))
        }
        guard let host = components.host, !host.isEmpty else {
            return .failure(Refused(message: "\"\(trimmed)\" has no host; give the full address, such as https://www.example.com/article"))
        }
        guard components.user == nil, components.password == nil else {
            return .failure(Refused(message: "\"\(trimmed)\" carries a user name or password; remove it"))
        }
        if let problem = WebAddress.problem(trimmed) {
            return .failure(Refused(message: "\(TextField.quoted(trimmed)) \(problem)"))
        }
        var removed: [String] = []
        if let items = components.queryItems {
            let kept = items.filter { item in
                let tracking = TrackingParameters.isTracking(item.name, host: host)
                if tracking { removed.append(item.name) }
                return !tracking
            }
            if !removed.isEmpty { components.queryItems = kept.isEmpty ? nil : kept }
        }
        components.scheme = scheme
        components.host = host.lowercased()
        return .success(Cleaned(url: components.string ?? trimmed, removed: removed))
    }
}

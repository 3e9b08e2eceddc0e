import Foundation
import SiteGenManifest
import Yams

/// Recognises the platform of a profile address, from data: the first
/// platform whose match fits wins, so the registry lists specific platforms
/// before general ones.
public struct PlatformRegistry: Sendable {
    public var platforms: [Platform]

    public init(platforms: [Platform]) {
        self.platforms = platforms
    }

    public func recognise(_ profile: Profile) -> RecognisedProfile {
        // The host as visitors see it: a look-alike of another host in its `xn--` form.
        guard let components = URLComponents(string: profile.url), let host = HostDisplay.shown(components) else {
            return RecognisedProfile(profile: profile, platform: nil, handle: nil, displayName: profile.label ?? profile.url)
        }
        let path = components.percentEncodedPath.removingPercentEncoding ?? components.percentEncodedPath
        for platform in platforms {
            for match in platform.matches {
                var subdomain: String?
                if let expected = match.host {
                    guard host == expected || host.hasSuffix("." + expected) else { continue }
                    let left = host == expected ? "" : String(host.dropLast(expected.count + 1))
                    subdomain = left.isEmpty || left == "www" ? nil : left
                }
                if let prefix = match.pathPrefix, !path.hasPrefix(prefix) { continue }
                let template = match.handleTemplate ?? platform.handleTemplate
                let handle = template.flatMap { $0.isEmpty ? nil : Self.fill($0, path: path, host: host, subdomain: subdomain) }
                return RecognisedProfile(
                    profile: profile, platform: platform, handle: handle,
                    displayName: profile.label ?? platform.name)
            }
        }
        let bareHost = host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
        return RecognisedProfile(profile: profile, platform: nil, handle: nil, displayName: profile.label ?? bareHost)
    }

    /// Fills `@{1}` from `/boulangerie.martin/`; `nil` when a placeholder has no value.
    static func fill(_ template: String, path: String, host: String, subdomain: String?) -> String? {
        let segments = path.split(separator: "/").map(String.init)
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { return nil }
            let name = rest[rest.index(after: open)..<close]
            switch name {
            case "host": result += host
            case "sub":
                guard let subdomain else { return nil }
                result += subdomain
            default:
                guard let number = Int(name), number >= 1, number <= segments.count else { return nil }
                result += segments[number - 1]
            }
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        return result
    }
}

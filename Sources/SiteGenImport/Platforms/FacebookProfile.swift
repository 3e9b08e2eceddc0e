import Foundation

/// What sitegen takes from Facebook's profile file: the profile's address
/// (`profile_uri`), for links.yml. The file also holds the owner's e-mail
/// addresses, phone numbers, birthday, family and places, which are never
/// read out of it. Its shape has varied (`profile_v2`, `profile`), so any
/// of them is accepted.
struct FacebookProfile {
    /// `https://www.facebook.com/example.bakery`; nil when the file has none.
    var address: String?
    /// The name in the address, when it has one (not `profile.php?id=…`).
    var username: String?

    init(_ document: Any) {
        let top = JSONValue.object(document) ?? [:]
        let profile = JSONValue.object(top["profile_v2"]) ?? JSONValue.object(top["profile"]) ?? top
        guard let uri = JSONValue.string(profile["profile_uri"]).map(MetaText.repaired)?.trimmingCharacters(in: .whitespaces),
            let components = URLComponents(string: uri), components.scheme == "https",
            let host = components.host?.lowercased(), host == "www.facebook.com" || host == "facebook.com",
            components.path.count > 1, !uri.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" })
        else { return }
        address = uri
        let name = components.path.dropFirst()
        if components.query == nil, !name.contains("/"), name != "profile.php" {
            username = String(name)
        }
    }
}

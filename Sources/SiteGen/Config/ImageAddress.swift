import SiteGenCore

/// What `image:` and `logo:` may hold, in site.yml and in front matter
/// alike: a path from the site root (`/images/oven.jpg`) or an absolute
/// `https:`/`http:` address. Anything else (`javascript:`, `data:`, a path
/// that a browser reads as another host) never reaches `<img src>` or `og:image`.
enum ImageAddress {
    /// Why the value may not be used, in words that follow the quoted value; nil when it may.
    static func problem(_ value: String) -> String? {
        let lowered = value.lowercased()
        if lowered.hasPrefix("https:") || lowered.hasPrefix("http:") { return WebAddress.problem(value) }
        let name = value.split(separator: "/").last.map(String.init) ?? ""
        let example = "/images/" + (name.contains(".") && !name.contains(":") ? name : "photo.jpg")
        guard value.hasPrefix("/") else {
            return "must be a path from the site root, such as \(example)"
        }
        // Browsers read `//host` and `/\host` as another site's address.
        if value.hasPrefix("//") || value.contains("\\") {
            return "names another site (it starts with // or holds \\); write a path such as \(example), or the full https: address"
        }
        if let bad = value.unicodeScalars.first(where: { WebAddress.isForbidden($0) && $0 != " " }) {
            return "contains \(TextField.describe(bad))"
        }
        return nil
    }
}

import Foundation

/// Addresses in XML files (sitemap, feeds) must be plain URIs: a path with
/// letters such as "é" is written percent-encoded there.
enum URLEncoding {
    static func uri(_ address: String) -> String {
        guard !address.allSatisfy(\.isASCII) else { return address }
        var allowed = CharacterSet.urlPathAllowed
        allowed.insert(charactersIn: ":#?%")
        return address.addingPercentEncoding(withAllowedCharacters: allowed) ?? address
    }
}

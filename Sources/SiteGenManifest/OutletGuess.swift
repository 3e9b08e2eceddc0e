import Foundation

/// A first guess at the name of an article's outlet, from its address: the
/// name its site is registered under, capitalised (`www.lesoir.be` gives
/// "Lesoir"). Only a default the owner accepts or corrects: sitegen keeps no
/// list of newspapers, which would always be out of date somewhere.
enum OutletGuess {
    /// Second levels under a country's domain (`bbc.co.uk`, `abc.net.au`),
    /// skipped to reach the name.
    static let secondLevels: Set<String> = ["co", "com", "org", "net", "gov", "gouv", "ac", "edu", "asso", "or", "ne"]

    /// Nil for an address whose host names nothing to guess from (an IP
    /// address, one label, an `xn--` name that would show as gibberish).
    static func name(fromAddress address: String) -> String? {
        guard let host = URLComponents(string: address)?.host?.lowercased() else { return nil }
        var labels = host.split(separator: ".").map(String.init)
        guard labels.count >= 2, let topLevel = labels.last, !topLevel.allSatisfy(\.isNumber) else { return nil }
        labels.removeLast()
        if labels.count >= 2, let last = labels.last, secondLevels.contains(last) { labels.removeLast() }
        guard let name = labels.last, name != "www", !name.hasPrefix("xn--") else { return nil }
        return name.prefix(1).uppercased() + name.dropFirst()
    }
}

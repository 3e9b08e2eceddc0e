/// Whether two profile addresses name the same account, as owners write
/// them: scheme, `www.`, case and a final slash do not matter.
enum ProfileMatch {
    static func same(_ left: String, _ right: String) -> Bool {
        normalised(left) == normalised(right)
    }

    private static func normalised(_ address: String) -> String {
        var text = address.lowercased()
        for prefix in ["https://", "http://"] where text.hasPrefix(prefix) { text.removeFirst(prefix.count) }
        if text.hasPrefix("www.") { text.removeFirst(4) }
        while text.hasSuffix("/") { text.removeLast() }
        return text.replacingOccurrences(of: "twitter.com/", with: "x.com/")
    }
}

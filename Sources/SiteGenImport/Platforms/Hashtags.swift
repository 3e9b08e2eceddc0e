/// The hashtags of a post's text, as tags without their `#`, in order, once each.
enum Hashtags {
    static func tags(in text: String) -> [String] {
        var tags: [String] = []
        var seen: Set<String> = []
        for word in text.split(whereSeparator: { $0.isWhitespace }) where word.hasPrefix("#") {
            let tag = String(word.dropFirst().prefix { $0.isLetter || $0.isNumber || $0 == "_" })
            guard !tag.isEmpty, !tag.allSatisfy(\.isNumber), seen.insert(tag.lowercased()).inserted else { continue }
            tags.append(tag)
        }
        return tags
    }
}

/// The `id` of every element of a page sitegen wrote, the targets of links
/// to a part of it (`/about/#hours`).
///
/// A scan for ` id="` (or `'`), not a parse: the page is sitegen's own
/// output, where every `"` of text is escaped (by libcmark-gfm, the templates
/// and the raw HTML sanitizer), so the sequence starts an attribute and
/// nothing else; an owner's raw HTML may quote with `'`. An `id` written in an HTML comment
/// counts too, which can only make a link pass that a browser would not
/// follow to that place; it still reaches the page.
enum ElementIDs {
    static func scan(_ html: String) -> Set<String> {
        var html = html
        // In place: a copy of each page's bytes cost more than the scan.
        return html.withUTF8 { scan(bytes: $0) }
    }

    private static func scan(bytes: UnsafeBufferPointer<UInt8>) -> Set<String> {
        var ids: Set<String> = []
        let pattern = Array(" id=".utf8)
        var index = 0
        while index + pattern.count < bytes.count {
            let quote = bytes[index + pattern.count]
            guard bytes[index] == UInt8(ascii: " "), quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'"),
                bytes[index..<(index + pattern.count)].elementsEqual(pattern)
            else {
                index += 1
                continue
            }
            let start = index + pattern.count + 1
            var end = start
            while end < bytes.count, bytes[end] != quote { end += 1 }
            ids.insert(decodingReferences(String(decoding: bytes[start..<end], as: UTF8.self)))
            index = end
        }
        return ids
    }

    /// The character references sitegen's own escaping writes in attributes.
    private static func decodingReferences(_ value: String) -> String {
        guard value.contains("&") else { return value }
        return value.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}

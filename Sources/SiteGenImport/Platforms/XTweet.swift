import Foundation

/// One tweet of an X archive, in the values sitegen uses. X writes numbers,
/// ids included, as strings; both forms are read.
struct XTweet {
    /// `id_str`: ids are larger than 2^53, so a numeric `id` read as a
    /// double would have lost its last digits.
    var id: String
    var published: Date
    /// `full_text` as the archive has it: HTML-escaped, with `t.co` links.
    var rawText: String
    var replyToStatusID: String?
    var replyToScreenName: String?
    var replyToUserID: String?
    /// The addresses the tweet's `t.co` links stand for, by link code.
    var expandedLinks: [String: String] = [:]
    var media: [XMediaEntity]
    /// The hashtags X found in the text (`entities.hashtags`), without `#`.
    var hashtags: [String]

    /// Nil when the tweet has no readable id or time.
    init?(_ object: [String: Any], timestamp: XTimestamp) {
        let id = JSONValue.string(object["id_str"]) ?? (object["id"] as? String)
        guard let id, !id.isEmpty, id.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        guard let created = JSONValue.string(object["created_at"]), let published = timestamp.date(created) else { return nil }
        self.id = id
        self.published = published
        rawText = JSONValue.string(object["full_text"]) ?? JSONValue.string(object["text"]) ?? ""
        func nonEmpty(_ key: String) -> String? { JSONValue.string(object[key]).flatMap { $0.isEmpty ? nil : $0 } }
        replyToStatusID = nonEmpty("in_reply_to_status_id_str")
        replyToScreenName = nonEmpty("in_reply_to_screen_name")
        replyToUserID = nonEmpty("in_reply_to_user_id_str")

        let entities = JSONValue.object(object["entities"]) ?? [:]
        for link in JSONValue.array(entities["urls"]).compactMap(JSONValue.object) {
            guard let code = JSONValue.string(link["url"]).flatMap(XTweetText.shortLinkCode),
                let expanded = JSONValue.string(link["expanded_url"]), !expanded.isEmpty
            else { continue }
            expandedLinks[code] = expanded
        }
        // `extended_entities` lists every photo; `entities` only the first.
        let extended = JSONValue.array(JSONValue.object(object["extended_entities"])?["media"]).compactMap(JSONValue.object)
        let media = extended.isEmpty ? JSONValue.array(entities["media"]).compactMap(JSONValue.object) : extended
        self.media = media.compactMap(XMediaEntity.init)
        hashtags = JSONValue.array(entities["hashtags"]).compactMap { JSONValue.string(JSONValue.object($0)?["text"]) }
    }

    /// Retweets start with `RT @`: the archive's `retweeted` flag is always false.
    var isRetweet: Bool { rawText.hasPrefix("RT @") }

    /// The text as the owner wrote it: entities decoded, links expanded,
    /// and the links to the tweet's own photos and videos taken out.
    var plainText: String {
        var replacements = expandedLinks
        for entity in media {
            if let code = entity.shortLink.flatMap(XTweetText.shortLinkCode) { replacements[code] = "" }
        }
        let text = XTweetText.linksReplaced(XTweetText.unescaped(rawText), replacements: replacements)
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// Which replies of an archive are the owner's threads. A reply belongs to
/// a thread when it answers the owner's own tweet, and so does every tweet
/// above it: a reply to one's own reply in someone else's conversation is
/// still part of that conversation, and is left out with the replies.
struct XThread {
    private let byID: [String: XTweet]
    private let username: String?
    private let accountID: String?

    init(tweets: [XTweet], account: XAccount?) {
        var byID: [String: XTweet] = [:]
        for tweet in tweets where !tweet.isRetweet { byID[tweet.id] = tweet }
        self.byID = byID
        username = account?.username?.lowercased()
        accountID = account?.accountID
    }

    func isOwnThread(_ tweet: XTweet) -> Bool {
        var current = tweet
        var visited: Set<String> = [tweet.id]
        while let parentID = current.replyToStatusID {
            guard answersOwner(current) else { return false }
            // The tweet answered was deleted since: the reply still went to the owner.
            guard let parent = byID[parentID] else { return true }
            guard visited.insert(parentID).inserted else { return false }
            current = parent
        }
        return true
    }

    /// The archive holds only the owner's tweets, so a reply to one of them
    /// answers the owner, as does one whose addressee is the owner's account.
    private func answersOwner(_ reply: XTweet) -> Bool {
        if let parentID = reply.replyToStatusID, byID[parentID] != nil { return true }
        if let username, reply.replyToScreenName?.lowercased() == username { return true }
        if let accountID, reply.replyToUserID == accountID { return true }
        return false
    }
}

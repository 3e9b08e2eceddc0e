/// The files of an X archive that sitegen reads, by name: each sits in
/// `data/`, at the archive's top or under one folder (an archive unpacked
/// and zipped again). Every other file (direct messages, `ip-audit.js`,
/// `phone-number.js`, likes…) is never read.
enum XArchiveFile: Equatable {
    /// `tweets.js`; `tweet.js` in older archives; `tweets-part1.js`… when
    /// a large archive is split (`tweet-part1.js` in older ones).
    case tweets
    /// `account.js`, for the username and the account's id.
    case account
    /// `twitter-circle-tweet.js`: tweets shown only to a Twitter Circle.
    case circleTweets
    /// `protected-history.js`: when the account's tweets were protected.
    case protectedHistory

    init?(path: String) {
        let parts = path.split(separator: "/")
        guard parts.count == 2 || parts.count == 3, parts[parts.count - 2] == "data", let name = parts.last else { return nil }
        switch name {
        case "tweets.js", "tweet.js": self = .tweets
        case "account.js": self = .account
        case "twitter-circle-tweet.js": self = .circleTweets
        case "protected-history.js": self = .protectedHistory
        default:
            guard Self.isTweetsPart(name) else { return nil }
            self = .tweets
        }
    }

    private static func isTweetsPart(_ name: Substring) -> Bool {
        guard name.hasSuffix(".js") else { return false }
        let stem = name.dropLast(".js".count)
        for prefix in ["tweets-part", "tweet-part"] where stem.hasPrefix(prefix) {
            let number = stem.dropFirst(prefix.count)
            return !number.isEmpty && number.allSatisfy(\.isASCII) && number.allSatisfy(\.isNumber)
        }
        return false
    }
}

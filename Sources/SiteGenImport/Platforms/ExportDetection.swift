import SiteGen

/// Which platform an export seems to come from, by the files it holds: for
/// the message when the posts of the platform asked for are not found.
enum ExportDetection {
    static func guess<Paths: Sequence>(_ paths: Paths) -> ImportPlatform? where Paths.Element == String {
        var found: Set<ImportPlatform> = []
        for path in paths {
            let name = path.split(separator: "/").last.map(String.init) ?? path
            if name == "outbox.json" || name == "actor.json" { found.insert(.mastodon) }
            if name == "tweets.js" || name == "tweet.js" || name.hasPrefix("tweets-part") || name.hasPrefix("tweet-part")
                || path.hasSuffix("data/manifest.js")
            {
                found.insert(.x)
            }
            if path.contains("your_instagram_activity/") || path.contains("media/posts/") && path.contains("instagram")
                || name.hasPrefix("posts_") && path.contains("content/")
            {
                found.insert(.instagram)
            }
            if path.contains("your_facebook_activity/") || name.hasPrefix("your_posts") { found.insert(.facebook) }
            if name.hasSuffix(".xml") && (name.contains("wordpress") || path.contains("WordPress")) { found.insert(.wordpress) }
        }
        for platform in [ImportPlatform.mastodon, .x, .facebook, .instagram, .wordpress] where found.contains(platform) { return platform }
        return nil
    }
}

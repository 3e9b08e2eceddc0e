import Foundation
import SiteGen

/// One public post read from an export, in plain values, before it becomes a
/// page: what every format reader produces and the writer consumes.
struct ImportedPost: Sendable {
    var platform: ImportPlatform
    /// The platform's stable id (a status URI, a tweet's `id_str`, a post
    /// id), or for Meta exports, which have none, a hash of the post's time
    /// and media: the key of the import ledger.
    var key: String
    var published: Date
    /// The offset from UTC the post was written in, when the export says it
    /// (WordPress); otherwise the time is given in UTC.
    var utcOffsetMinutes = 0
    /// A title the owner wrote (WordPress); social posts get one from their text.
    var title: String?
    /// The text as safe Markdown.
    var markdown: String
    /// The same text, plain, for the title and excerpt.
    var plainText: String
    /// A content warning, shown above the text.
    var contentWarning: String?
    /// The post's own address on the platform, while it exists.
    var originals: [String] = []
    var tags: [String] = []
    var media: [ImportedMedia] = []
    /// Posts whose audience the export does not say (Facebook) are drafts for the owner to review.
    var isDraft = false
    /// The address name the platform used (WordPress `post_name`).
    var slug: String?
    /// A WordPress page rather than a post: written at the top of `content/`, undated.
    var isPage = false
}

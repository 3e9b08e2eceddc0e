/// The HTML of a post (Mastodon, WordPress) as safe Markdown and as plain
/// text, through the HTML5 parser: hashtag links become text, mentions stay
/// links to the profile, images are taken out and listed, so that they
/// become the post's media.
enum PostHTML {
    struct Image: Sendable, Equatable {
        var source: String
        var alt: String
    }

    struct Result: Sendable {
        var markdown: String
        var plainText: String
        var images: [Image]
    }

    static func convert(_ html: String, autoParagraphs: Bool = false) -> Result {
        fatalError("not yet")
    }
}

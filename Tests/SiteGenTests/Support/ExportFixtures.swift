import Foundation

@testable import SiteGenImport

/// Platform exports made by the tests, in the real shapes of the formats
/// (see `shared/formats/platform-exports.md`), with made-up content and
/// small photos carrying a GPS position, as phones write them.
enum ExportFixtures {
    /// Text as Meta writes it in its exports: each UTF-8 byte a `\u00XX` escape.
    static func metaEscaped(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            if byte < 0x80, byte >= 0x20, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += String(format: "\\u%04x", byte)
            }
        }
        return result
    }

    static func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// A small photo with GPS and camera tags, at `relative` in `root`.
    static func photo(_ relative: String, in root: URL, width: Int = 64, height: Int = 48) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try TestImages.photo(url, width: width, height: height)
        try TestImages.tag(url, TestImages.gpsTags)
    }

    struct InstagramPost {
        var timestamp: Int
        var caption: String
        var photos: [String]
    }

    enum InstagramLayout {
        /// `content/posts_1.json`, before 2024.
        case before2024
        /// `your_instagram_activity/media/posts_1.json`, from 2025.
        case from2025
    }

    /// An Instagram export folder: posts (a carousel keeps its caption at the
    /// post's level, a single photo in its media's title), the profile file
    /// (unless `privateAccount` is nil), and a message that must never be read.
    static func instagram(at root: URL, posts: [InstagramPost], privateAccount: Bool? = false, layout: InstagramLayout = .from2025) throws {
        var items: [String] = []
        for post in posts {
            var media: [String] = []
            for photo in post.photos {
                let uri = "media/posts/202405/\(photo)"
                if photo.hasSuffix(".jpg") {
                    try Self.photo(uri, in: root)
                } else {
                    try write("not a real video", to: root.appendingPathComponent(uri))
                }
                let title = post.photos.count == 1 ? metaEscaped(post.caption) : ""
                media.append(
                    #"{"uri":"\#(uri)","creation_timestamp":\#(post.timestamp),"title":"\#(title)","media_metadata":{"photo_metadata":{"exif_data":[{"latitude":48.1147,"longitude":-1.6794}]}}}"#
                )
            }
            if post.photos.count == 1 {
                items.append(#"{"media":[\#(media.joined(separator: ","))]}"#)
            } else {
                items.append(
                    #"{"media":[\#(media.joined(separator: ","))],"title":"\#(metaEscaped(post.caption))","creation_timestamp":\#(post.timestamp)}"#)
            }
        }
        let postsPath = layout == .from2025 ? "your_instagram_activity/media/posts_1.json" : "content/posts_1.json"
        try write("[" + items.joined(separator: ",\n") + "]", to: root.appendingPathComponent(postsPath))
        if let privateAccount {
            let profilePath =
                layout == .from2025
                ? "personal_information/personal_information/personal_information.json" : "account_information/personal_information.json"
            try write(
                #"{"profile_user":[{"string_map_data":{"Email":{"value":"owner@example.org"},"Username":{"value":"test_bakery"},"Private Account":{"value":"\#(privateAccount ? "True" : "False")"}}}]}"#,
                to: root.appendingPathComponent(profilePath))
        }
        try write(
            #"{"messages":[{"content":"PRIVATE MESSAGE never to publish"}]}"#,
            to: root.appendingPathComponent("your_instagram_activity/messages/inbox/friend_1/message_1.json"))
    }

    /// Zips a folder's contents (python3's zipfile: always on the machine, unlike zip).
    static func zip(_ folder: URL, to archive: URL) throws {
        let script = """
            import os, sys, zipfile
            root, out = sys.argv[1], sys.argv[2]
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
                for d, _, names in sorted(os.walk(root)):
                    for n in sorted(names):
                        p = os.path.join(d, n)
                        z.write(p, os.path.relpath(p, root))
            """
        try TestImages.tool("python3", ["-c", script, folder.path, archive.path])
    }

    static func tarGz(_ folder: URL, to archive: URL) throws {
        try TestImages.tool("tar", ["-czf", archive.path, "-C", folder.path, "."])
    }

    /// A minimal site for imports and builds.
    static func site(in folder: URL, language: String = "en") throws -> URL {
        let site = folder.appendingPathComponent("site")
        try write("name: Test Bakery\nurl: https://bakery.example\nlanguage: \(language)\n", to: site.appendingPathComponent("site.yml"))
        try write("---\ntitle: Home\n---\n\nWelcome.\n", to: site.appendingPathComponent("content/index.md"))
        return site
    }

    /// A tiny MP4 in the box structure players read (ftyp, moov with a
    /// movie header and a track, mdat), whose user data holds a position
    /// the way phones write it (`©xyz`).
    static func mp4(location: String = "+48.1147-001.6794/") -> Data {
        func box(_ type: String, _ payload: [UInt8]) -> [UInt8] {
            let size = UInt32(8 + payload.count)
            return [UInt8(size >> 24), UInt8(size >> 16 & 0xFF), UInt8(size >> 8 & 0xFF), UInt8(size & 0xFF)]
                + Array(type.unicodeScalars.map { UInt8($0.value) }) + payload
        }
        let xyz = box("\u{A9}xyz", [0, UInt8(location.utf8.count), 0x15, 0xC7] + Array(location.utf8))
        let movie =
            box("mvhd", [UInt8](repeating: 0, count: 100)) + box("trak", box("tkhd", [UInt8](repeating: 0, count: 84)) + box("udta", xyz))
            + box("udta", xyz)
        return Data(box("ftyp", Array("isom".utf8) + [0, 0, 2, 0] + Array("isomiso2mp41".utf8)) + box("moov", movie) + box("mdat", [1, 2, 3, 4]))
    }

    /// A Mastodon archive folder: public posts (a photo with its description,
    /// a hashtag, a mention, a long link Mastodon shortens with invisible
    /// spans; a video under a content warning; a reply to oneself), and
    /// what must not be published (unlisted, followers-only and direct
    /// posts, a boost, a reply to someone else, a link card attachment).
    static func mastodon(at root: URL) throws {
        let actor = "https://social.example/users/bakery"
        let publicAudience = #"["https://www.w3.org/ns/activitystreams#Public"]"#
        let followers = #"["https://social.example/users/bakery/followers"]"#
        func note(_ number: Int, to: String, cc: String, content: String, summary: String = "null", extra: String = "") -> String {
            let id = "\(actor)/statuses/11200000000000000\(number)"
            return #"""
                {"id":"\#(id)/activity","type":"Create","actor":"\#(actor)","published":"2024-05-0\#(number)T09:12:00Z","to":\#(to),"cc":\#(cc),
                 "object":{"id":"\#(id)","type":"Note","summary":\#(summary),"published":"2024-05-0\#(number)T09:12:00Z",
                 "url":"https://social.example/@bakery/11200000000000000\#(number)","attributedTo":"\#(actor)","to":\#(to),"cc":\#(cc),
                 "sensitive":false,"content":\#(content)\#(extra.contains("inReplyTo") ? "" : #","inReplyTo":null"#)\#(extra)}}
                """#
        }
        let items = [
            note(
                1, to: publicAudience, cc: followers,
                content:
                    ##""<p>Fresh rye today! Thanks <span class=\"h-card\"><a href=\"https://mill.example/@miller\" class=\"u-url mention\">@<span>miller</span></a></span> <a href=\"https://social.example/tags/bread\" class=\"mention hashtag\" rel=\"tag\">#<span>bread</span></a></p><p>Menu: <a href=\"https://bakery.example/menu/summer-2024\" rel=\"nofollow noopener\" target=\"_blank\"><span class=\"invisible\">https://</span><span class=\"ellipsis\">bakery.example/menu/su</span><span class=\"invisible\">mmer-2024</span></a> &amp; more<script>alert(1)</script></p>""##,
                extra:
                    ##","attachment":[{"type":"Document","mediaType":"image/jpeg","url":"/system/media_attachments/files/112/000/000/000/000/001/original/0a1b2c3d4e5f6a7b.jpg","name":"Three rye loaves on a rack","width":64,"height":48},{"type":"Link","href":"https://bakery.example/menu"}],"tag":[{"type":"Hashtag","href":"https://social.example/tags/bread","name":"#bread"},{"type":"Mention","href":"https://mill.example/users/miller","name":"@miller@mill.example"}]"##
            ),
            note(
                2, to: publicAudience, cc: followers, content: #""<p>Behind the scenes at 4 am</p>""#, summary: #""Flour everywhere""#,
                extra:
                    #","attachment":[{"type":"Document","mediaType":"video/mp4","url":"media_attachments/files/112/000/000/000/000/002/original/0b0b0b0b0b0b0b0b.mp4","name":null}]"#
            ),
            note(3, to: followers, cc: publicAudience, content: #""<p>Unlisted: not for the site</p>""#),
            note(4, to: followers, cc: "[]", content: #""<p>Followers only: not for the site</p>""#),
            note(5, to: #"["https://mill.example/users/miller"]"#, cc: "[]", content: #""<p>Direct message: never</p>""#),
            #"{"id":"\#(actor)/statuses/112000000000000006/activity","type":"Announce","actor":"\#(actor)","published":"2024-05-06T08:00:00Z","to":\#(publicAudience),"cc":[],"object":"https://mill.example/users/miller/statuses/99"}"#,
            note(
                7, to: publicAudience, cc: followers, content: #""<p>A reply to someone else</p>""#,
                extra: #","inReplyTo":"https://mill.example/users/miller/statuses/98""#),
            note(
                8, to: publicAudience, cc: followers, content: #""<p>More rye tomorrow, as promised.</p>""#,
                extra: #","inReplyTo":"\#(actor)/statuses/112000000000000001""#),
        ]
        try write(
            #"{"@context":"https://www.w3.org/ns/activitystreams","id":"outbox.json","type":"OrderedCollection","totalItems":\#(items.count),"orderedItems":[\#(items.joined(separator: ",\n"))]}"#,
            to: root.appendingPathComponent("outbox.json"))
        try write(
            #"{"id":"\#(actor)","type":"Person","preferredUsername":"bakery","url":"https://social.example/@bakery","icon":{"url":"avatar.png"}}"#,
            to: root.appendingPathComponent("actor.json"))
        try write(#"["https://mill.example/users/miller/statuses/1"]"#, to: root.appendingPathComponent("likes.json"))
        try photo("media_attachments/files/112/000/000/000/000/001/original/0a1b2c3d4e5f6a7b.jpg", in: root)
        let video = root.appendingPathComponent("media_attachments/files/112/000/000/000/000/002/original/0b0b0b0b0b0b0b0b.mp4")
        try FileManager.default.createDirectory(at: video.deletingLastPathComponent(), withIntermediateDirectories: true)
        try mp4().write(to: video)
    }

    /// A WordPress export (WXR 1.2): a block-editor post with an uploaded
    /// image, a classic-editor post without `<p>`, a page, and what must not
    /// be published (a draft never scheduled, a private post, a protected
    /// one, comments with their authors' e-mail and IP).
    static func wordpress(at file: URL) throws {
        func item(
            _ id: Int, title: String, type: String = "post", status: String = "publish", date: String, gmt: String, content: String,
            extra: String = ""
        ) -> String {
            """
              <item>
                <title>\(title)</title>
                <link>https://old.bakery.example/?p=\(id)</link>
                <pubDate>Sat, 01 Jun 2024 07:00:00 +0000</pubDate>
                <dc:creator><![CDATA[owner]]></dc:creator>
                <guid isPermaLink="false">https://old.bakery.example/?p=\(id)</guid>
                <content:encoded><![CDATA[\(content)]]></content:encoded>
                <excerpt:encoded><![CDATA[]]></excerpt:encoded>
                <wp:post_id>\(id)</wp:post_id>
                <wp:post_date>\(date)</wp:post_date>
                <wp:post_date_gmt>\(gmt)</wp:post_date_gmt>
                <wp:post_name>\(title.lowercased().replacingOccurrences(of: " ", with: "-"))</wp:post_name>
                <wp:status>\(status)</wp:status>
                <wp:post_parent>0</wp:post_parent>
                <wp:post_type>\(type)</wp:post_type>
                \(extra)
              </item>
            """
        }
        let items = [
            item(
                555, title: "Summer menu", date: "2024-06-01 09:00:00", gmt: "2024-06-01 07:00:00",
                content:
                    "<!-- wp:paragraph --><p>New tarts &amp; <strong>more</strong>. Code: a]]]]><![CDATA[>b</p><!-- /wp:paragraph --><!-- wp:image --><figure class=\"wp-block-image\"><img class=\"wp-image-611\" src=\"https://old.bakery.example/wp-content/uploads/2024/06/tart-300x200.jpg\" alt=\"\" /></figure><!-- /wp:image --><p><iframe src=\"https://evil.example\"></iframe><a href=\"javascript:alert(1)\" onclick=\"x()\">click</a></p>",
                extra: """
                    <category domain="category" nicename="menu"><![CDATA[Menu]]></category>
                    <category domain="post_tag" nicename="tarts"><![CDATA[Tarts]]></category>
                    <wp:comment><wp:comment_author_email>fan@example.org</wp:comment_author_email><wp:comment_author_IP>203.0.113.9</wp:comment_author_IP><wp:comment_content><![CDATA[SECRET COMMENT]]></wp:comment_content></wp:comment>
                    """),
            item(
                556, title: "Holiday hours", date: "2023-12-20 18:30:00", gmt: "2023-12-20 17:30:00",
                content: "Closed on the 25th.\nOpen on the 26th.\n\nHappy holidays!"),
            item(557, title: "About us", type: "page", date: "2020-01-01 10:00:00", gmt: "2020-01-01 09:00:00", content: "<p>A family bakery.</p>"),
            item(558, title: "Draft idea", status: "draft", date: "2024-07-01 10:00:00", gmt: "0000-00-00 00:00:00", content: "<p>DRAFT never</p>"),
            item(
                559, title: "Private note", status: "private", date: "2024-07-02 10:00:00", gmt: "2024-07-02 08:00:00",
                content: "<p>PRIVATE never</p>"),
            item(
                560, title: "Members", date: "2024-07-03 10:00:00", gmt: "2024-07-03 08:00:00", content: "<p>PROTECTED never</p>",
                extra: "<wp:post_password><![CDATA[secret]]></wp:post_password>"),
            """
              <item>
                <title>tart</title>
                <wp:post_id>611</wp:post_id>
                <wp:post_parent>555</wp:post_parent>
                <wp:status>inherit</wp:status>
                <wp:post_type>attachment</wp:post_type>
                <wp:attachment_url>https://old.bakery.example/wp-content/uploads/2024/06/tart.jpg</wp:attachment_url>
                <wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key><wp:meta_value><![CDATA[Apricot tart]]></wp:meta_value></wp:postmeta>
              </item>
            """,
        ]
        let xml = """
            <?xml version="1.0" encoding="UTF-8" ?>
            <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
            <channel>
              <title>Old Bakery</title>
              <wp:wxr_version>1.2</wp:wxr_version>
              <wp:base_site_url>https://old.bakery.example</wp:base_site_url>
              <wp:author><wp:author_login><![CDATA[owner]]></wp:author_login><wp:author_email><![CDATA[owner@bakery.example]]></wp:author_email></wp:author>
            \(items.joined(separator: "\n"))
            </channel>
            </rss>
            """
        try write(xml, to: file)
    }
}

extension ExportListing {
    /// An export in memory, as the first pass of an import reads it: its
    /// documents' bytes, and every file's path with a size.
    init(inMemory documents: [String: String], files: [String] = []) {
        self.init()
        for (path, text) in documents {
            self.documents[path] = Array(text.utf8)
            sizes[path] = Int64(text.utf8.count)
        }
        for path in files { sizes[path] = 1000 }
    }
}

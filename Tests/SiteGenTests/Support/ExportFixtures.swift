import Foundation

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
}

import Foundation

@testable import SiteGen
@testable import SiteGenCore

/// A small site on disk with a section of posts as `sitegen import` writes
/// them (photos, a video and its poster in `static/posts/`), built once and
/// read by several tests; and the means to build variants of it.
struct PostSite: Sendable {
    let root: URL
    var site: URL { root.appendingPathComponent("site") }
    var output: URL { root.appendingPathComponent("public") }

    static let siteYAML = "name: Rye & Co\nurl: https://shop.example/\nlanguage: en\nnews_section: news\nlogo: /logo.svg\n"

    /// The imported Mastodon post of the brief, word for word.
    static let mastodonPost = """
        ---
        title: "Fresh rye today!"
        date: 2024-05-04T09:12:00Z
        syndication:
          - "https://social.example/@bakery/112000000000000001"
        imported_from:
          platform: mastodon
          id: "https://social.example/users/bakery/statuses/112000000000000001"
        tags:
          - bread
          - rye
        image: /posts/2024-05-04-fresh-rye-today-1.jpg
        image_alt: "Three rye loaves on a rack"
        ---

        Fresh rye today! Come early, [@miller](https://mill.example/@miller) brought the flour.

        ![A slice of rye](/posts/2024-05-04-fresh-rye-today-2.jpg)

        ![](/posts/2024-05-04-fresh-rye-today-3.mp4)

        """

    /// The posts of the usual fixture, by file below `content/`.
    static let pages: [String: String] = [
        "index.md": "---\ntitle: Rye & Co\n---\nWelcome.\n",
        "posts/2024-05-04-fresh-rye-today.md": mastodonPost,
        "posts/2024-04-01-croissants.md": """
        ---
        title: Croissants
        date: 2024-04-01T08:00:00Z
        imported_from:
          platform: instagram
          id: "17900000000000001"
        image: /posts/2024-04-01-croissants-1.jpg
        ---
        Croissants, warm.

        ![Kneading](/posts/2024-04-01-croissants-2.webm)
        """,
        "posts/2024-03-01-secret.md": """
        ---
        title: Secret recipe
        date: 2024-03-01
        draft: true
        imported_from:
          platform: facebook
          id: "10150000000000001"
        ---
        Not for the feed.
        """,
        "posts/2024-02-01-long-read.md": """
        ---
        title: Our sourdough, a long read
        date: 2024-02-01
        imported_from:
          platform: wordpress
          id: "https://blog.example/?p=12"
        syndication: https://blog.example/2024/02/sourdough/
        ---
        It takes three days.
        """,
        "news/2024-01-10-open.md":
            "---\ntitle: We are open\n---\nFrom Monday, with an oven of our own.\n\n![The oven](/posts/2024-05-04-fresh-rye-today-2.jpg)\n",
        "about.md": "---\ntitle: About\n---\n![The oven](/posts/2024-05-04-fresh-rye-today-2.jpg)\n",
        "menu/bread.md": "---\ntitle: Bread\n---\nRye, spelt.\n",
    ]

    /// Writes the site (`pages` by file below `content/`, and the fixture's
    /// photos and videos) into a new temporary folder.
    init(pages: [String: String] = PostSite.pages, siteYAML: String = PostSite.siteYAML) throws {
        root = TestSupport.temporaryDirectory()
        try write(siteYAML, to: "site.yml")
        try write("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>", to: "static/logo.svg")
        for (path, text) in pages { try write(text, to: "content/" + path) }
        try FileManager.default.createDirectory(at: site.appendingPathComponent("static/posts"), withIntermediateDirectories: true)
        for name in ["2024-05-04-fresh-rye-today-1", "2024-05-04-fresh-rye-today-2", "2024-04-01-croissants-1"] {
            try TestImages.photo(site.appendingPathComponent("static/posts/\(name).jpg"), width: 1600, height: 1200)
        }
        try TestImages.photo(site.appendingPathComponent("static/posts/2024-05-04-fresh-rye-today-3.poster.jpg"), width: 640, height: 360)
        // Not real videos: sitegen never reads one, it copies it.
        try write("not really an mp4", to: "static/posts/2024-05-04-fresh-rye-today-3.mp4")
        try write("not really a webm", to: "static/posts/2024-04-01-croissants-2.webm")
    }

    func write(_ text: String, to path: String) throws {
        let url = site.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    @discardableResult
    func build(drafts: Bool = false) throws -> BuildReport { try TestSupport.build(site, into: output, drafts: drafts) }

    func text(_ path: String) throws -> String { try TestSupport.text(output, path) }

    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path) }

    /// The messages of a build that must fail.
    func failingBuild() -> [String] {
        do {
            try build()
            return []
        } catch let error as DiagnosticsError {
            return error.diagnostics.filter { $0.severity == .error }.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }

    func cleanUp() { TestSupport.cleanUp(root) }

    /// The usual fixture, built once for the tests that only read it (its
    /// folder is left in the temporary folder, as nothing runs after the last of them).
    static let built: Result<(site: PostSite, report: BuildReport), BuildFailure> = {
        do {
            let site = try PostSite()
            return .success((site, try site.build()))
        } catch {
            return .failure(BuildFailure(description: "\(error)"))
        }
    }()

    struct BuildFailure: Error, CustomStringConvertible {
        var description: String
    }
}

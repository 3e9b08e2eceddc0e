import Foundation
import Testing

@testable import SiteGen
@testable import SiteGenCore

/// A Markdown image of a video file is a `<video>`: playable, described,
/// with its poster when there is one, and outside the photo pipeline.
@Suite("Posts: videos in Markdown")
struct PostVideoTests {
    @Test("a video with a poster beside it: controls, no preload, poster, size, and a link inside")
    func withPoster() throws {
        let site = try PostSite.built.get().site
        let html = try site.text("posts/fresh-rye-today/index.html")
        #expect(
            html.contains(
                #"<video class="u-video" controls preload="none" src="/posts/2024-05-04-fresh-rye-today-3.mp4" poster="/posts/2024-05-04-fresh-rye-today-3.poster.jpg" width="640" height="360"><a href="/posts/2024-05-04-fresh-rye-today-3.mp4">2024-05-04-fresh-rye-today-3.mp4</a></video>"#
            ))
        // The video is copied as it is, and its poster published (without metadata) since the page names it.
        #expect(try Data(contentsOf: site.output.appendingPathComponent("posts/2024-05-04-fresh-rye-today-3.mp4")) == Data("not really an mp4".utf8))
        #expect(site.exists("posts/2024-05-04-fresh-rye-today-3.poster.jpg"))
        let published = try FileManager.default.contentsOfDirectory(atPath: site.output.appendingPathComponent("posts").path)
        #expect(!published.contains { $0.hasPrefix("2024-05-04-fresh-rye-today-3-") }, "no variants of a video: \(published)")
    }

    @Test("a video without a poster: its description is its accessible name and its link's text")
    func withoutPoster() throws {
        let html = try PostSite.built.get().site.text("posts/croissants/index.html")
        #expect(
            html.contains(
                #"<video class="u-video" controls preload="none" src="/posts/2024-04-01-croissants-2.webm" aria-label="Kneading"><a href="/posts/2024-04-01-croissants-2.webm">Kneading</a></video>"#
            ))
    }

    @Test("a video that does not exist is an error at its place, as a missing photo is")
    func missingVideo() throws {
        var pages = PostSite.pages
        pages["posts/2024-05-04-fresh-rye-today.md"] = PostSite.mastodonPost.replacingOccurrences(of: "today-3.mp4", with: "today-9.mp4")
        let site = try PostSite(pages: pages)
        defer { site.cleanUp() }
        let errors = site.failingBuild()
        #expect(errors.count == 1)
        #expect(
            errors.first?.hasPrefix(
                "content/posts/2024-05-04-fresh-rye-today.md:20:1: error: the image \"/posts/2024-05-04-fresh-rye-today-9.mp4\" points to /posts/2024-05-04-fresh-rye-today-9.mp4, which is not a file of the site"
            ) == true, "\(errors)")
    }

    @Test("videos by their extension, in any case; their posters beside them")
    func names() {
        for file in ["a.mp4", "posts/b.WEBM", "c.mov", "d.m4v"] { #expect(VideoMarkup.isVideo(file), "\(file)") }
        for file in ["a.jpg", "mp4", "a.mp4/b", "a.mp3", "a.mkv"] { #expect(!VideoMarkup.isVideo(file), "\(file)") }
        #expect(VideoMarkup.posterFile(of: "posts/x-3.mp4") == "posts/x-3.poster.jpg")
        #expect(VideoMarkup.posterFile(of: "posts/clip.final.webm") == "posts/clip.final.poster.jpg")
        // Never sniffed as a photo, whatever its first bytes.
        #expect(!ImageFormat.isRaster("posts/clip.m4v", firstBytes: { [0xFF, 0xD8, 0xFF, 0xE0] }))
    }

    @Test("a description and a title are escaped")
    func escaping() {
        let video = MarkdownImage(file: "v.mp4", address: "/v.mp4?a=1&b=2", alt: "\"Rye\" <dough>", title: "Tom & Jerry", lazy: true)
        let html = VideoMarkup.html(video, ImageCatalog(), baseURL: BaseURL("https://shop.example/")!, microformat: false)
        #expect(
            html
                == #"<video controls preload="none" src="/v.mp4?a=1&amp;b=2" aria-label="&quot;Rye&quot; &lt;dough&gt;" title="Tom &amp; Jerry"><a href="/v.mp4?a=1&amp;b=2">&quot;Rye&quot; &lt;dough&gt;</a></video>"#
        )
    }
}

import Foundation
import Testing

/// `sitegen import x` and `sitegen import facebook` through the command, on
/// zipped exports: a large X archive whose tweets are split in parts, and a
/// Facebook export that Meta split in two zips, a post's photo in the other one.
@Suite("Import: X and Facebook, end to end")
struct SocialImportTests {
    func tweet(_ id: String, _ text: String, date: String, extra: String = "") -> String {
        #"{"tweet":{"id_str":"\#(id)","id":"\#(id)","created_at":"\#(date)","full_text":"\#(text)","retweeted":false,"favorite_count":"3","lang":"en","entities":{"hashtags":[],"user_mentions":[],"urls":[]}\#(extra)}}"#
    }

    @Test func aSplitXArchiveImportsEveryPartAndKeepsItsText() throws {
        let folder = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(folder) }
        let site = try ExportFixtures.site(in: folder)
        let export = folder.appendingPathComponent("twitter-2024-06-01")
        let photoTweet = tweet(
            "1780000000000000001", "Croissants back on Saturday &amp; Sunday https://t.co/AbCdEf https://t.co/XyZ123",
            date: "Wed Apr 10 08:15:00 +0000 2024",
            extra:
                #","entities":{"urls":[{"url":"https://t.co/AbCdEf","expanded_url":"https://bakery.example/hours","display_url":"bakery.example/hours"}],"media":[{"url":"https://t.co/XyZ123","media_url_https":"https://pbs.twimg.com/media/GKabc123.jpg","type":"photo"}]},"extended_entities":{"media":[{"url":"https://t.co/XyZ123","type":"photo","media_url_https":"https://pbs.twimg.com/media/GKabc123.jpg","id_str":"1780000000000000002"}]}"#
        )
        try ExportFixtures.write(
            "window.YTD.tweets.part0 = [\(photoTweet),\(tweet("1780000000000000003", "RT @miller: flour day", date: "Thu Apr 11 08:15:00 +0000 2024"))]",
            to: export.appendingPathComponent("data/tweets-part1.js"))
        try ExportFixtures.write(
            "window.YTD.tweets.part1 = [\(tweet("1790000000000000004", "Second part: rye is back", date: "Fri May 10 08:15:00 +0000 2024"))]",
            to: export.appendingPathComponent("data/tweets-part2.js"))
        try ExportFixtures.write(
            #"window.YTD.account.part0 = [{"account":{"email":"owner@example.org","username":"test_bakery","accountId":"42"}}]"#,
            to: export.appendingPathComponent("data/account.js"))
        try ExportFixtures.write(
            #"window.YTD.direct_messages.part0 = [{"text":"PRIVATE DM"}]"#, to: export.appendingPathComponent("data/direct-messages.js"))
        try ExportFixtures.photo("data/tweets_media/1780000000000000001-GKabc123.jpg", in: export)
        let archive = folder.appendingPathComponent("twitter.zip")
        try ExportFixtures.zip(export, to: archive)

        let run = try CommandLineTests.run(["import", "x", archive.path, "--site", site.path], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("Imported 2 posts (1 photo, "), "\(run.stdout)")
        #expect(run.stdout.contains("1 skipped as boosts or reposts of others"))
        let page = try TestSupport.text(site, "content/posts/2024-04-10-croissants-back-on-saturday-sunday.md")
        #expect(page.contains("syndication:\n  - \"https://x.com/test_bakery/status/1780000000000000001\"\n"), "\(page)")
        #expect(page.contains("id: \"1780000000000000001\""))
        #expect(page.contains("Croissants back on Saturday & Sunday [https://bakery.example/hours](<https://bakery.example/hours>)"), "\(page)")
        #expect(!page.contains("t.co"))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("content/posts/2024-05-10-second-part-rye-is-back.md").path))
        #expect(try TestSupport.text(site, "links.yml").contains("https://x.com/test_bakery"))
        let all = try TestSupport.tree(site).values.map { String(decoding: $0, as: UTF8.self) }.joined()
        #expect(!all.contains("PRIVATE DM") && !all.contains("owner@example.org"))
    }

    @Test func aFacebookExportInTwoPartsBecomesDrafts() throws {
        let folder = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(folder) }
        let site = try ExportFixtures.site(in: folder)
        let first = folder.appendingPathComponent("part1")
        let second = folder.appendingPathComponent("part2")
        let uri = "your_facebook_activity/posts/media/TimelinePhotos_abc/123_456_n_789.jpg"
        try ExportFixtures.write(
            #"""
            [{"timestamp":1503752400,
              "attachments":[{"data":[{"media":{"uri":"\#(uri)","creation_timestamp":1503752401,"title":"Timeline Photos","description":""}},
                                      {"place":{"name":"Secret Spot","coordinate":{"latitude":48.1234,"longitude":11.5678}}}]}],
              "data":[{"post":"\#(ExportFixtures.metaEscaped("Nouveauté : pain au levain 🍓"))"},{"update_timestamp":1503752400}],
              "title":"Example Bakery added a new photo.","tags":[{"name":"Jane Friend"}]}]
            """#, to: first.appendingPathComponent("your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json"))
        try ExportFixtures.write(
            #"{"messages":[{"content":"PRIVATE"}]}"#, to: first.appendingPathComponent("your_facebook_activity/messages/inbox/x/message_1.json"))
        try ExportFixtures.photo(uri, in: second)
        let zips = [folder.appendingPathComponent("facebook-bakery-1.zip"), folder.appendingPathComponent("facebook-bakery-2.zip")]
        try ExportFixtures.zip(first, to: zips[0])
        try ExportFixtures.zip(second, to: zips[1])

        let run = try CommandLineTests.run(["import", "facebook", zips[0].path, zips[1].path, "--site", site.path], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("Imported 1 post (1 photo, "), "\(run.stdout)")
        #expect(run.stdout.contains("sitegen serve --drafts"))
        let pages = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("content/posts").path).filter { $0 != "index.md" }
        #expect(pages.count == 1)
        let page = try TestSupport.text(site, "content/posts/" + pages[0])
        #expect(page.contains("\ndraft: true\n"))
        #expect(page.contains("Nouveauté : pain au levain 🍓"))
        for secret in ["Secret Spot", "48.1234", "Jane Friend", "PRIVATE"] { #expect(!page.contains(secret), "\(secret)") }
    }
}

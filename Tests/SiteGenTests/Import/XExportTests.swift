import Foundation
import Testing

@testable import SiteGenImport

@Suite("Import: X archive")
struct XExportTests {
    private let account = #"""
        window.YTD.account.part0 = [
          {
            "account" : {
              "email" : "owner@bakery.example",
              "createdVia" : "web",
              "username" : "example_bakery",
              "accountId" : "1500000001",
              "createdAt" : "2012-03-01T10:00:00.000Z",
              "accountDisplayName" : "Example Bakery"
            }
          }
        ]
        """#

    /// The tweets of one archive, every kind the reader tells apart.
    private let tweets = #"""
        window.YTD.tweets.part0 = [
          {
            "tweet" : {
              "id_str" : "1780000000000000001", "id" : "1780000000000000001",
              "created_at" : "Wed Apr 10 08:15:00 +0000 2024",
              "full_text" : "Croissants back on Saturday &amp; Sunday https://t.co/AbCdEf https://t.co/XyZ123",
              "retweeted" : false, "favorite_count" : "3", "retweet_count" : "0", "lang" : "en",
              "display_text_range" : [ "0", "56" ],
              "entities" : {
                "hashtags" : [ ], "user_mentions" : [ ],
                "urls" : [ { "url" : "https://t.co/AbCdEf", "expanded_url" : "https://bakery.example/hours",
                             "display_url" : "bakery.example/hours", "indices" : [ "37", "56" ] } ],
                "media" : [ { "url" : "https://t.co/XyZ123", "media_url_https" : "https://pbs.twimg.com/media/GKabc123.jpg",
                              "type" : "photo", "indices" : [ "57", "76" ] } ] },
              "extended_entities" : { "media" : [
                { "url" : "https://t.co/XyZ123", "type" : "photo",
                  "media_url_https" : "https://pbs.twimg.com/media/GKabc123.jpg", "id_str" : "1780000000000000002",
                  "ext_alt_text" : "A basket of croissants on the counter" },
                { "url" : "https://t.co/XyZ123", "type" : "photo",
                  "media_url_https" : "https://pbs.twimg.com/media/GKdef456.png", "id_str" : "1780000000000000003" } ] }
            }
          },
          {
            "tweet" : {
              "id_str" : "1780000000000000010",
              "created_at" : "Wed Apr 10 09:00:00 +0000 2024",
              "full_text" : "RT @flour_mill: New rye flour in stock",
              "entities" : { "hashtags" : [ ], "urls" : [ ] }
            }
          },
          {
            "tweet" : {
              "id_str" : "1780000000000000020",
              "created_at" : "Wed Apr 10 10:00:00 +0000 2024",
              "full_text" : "@flour_mill Thank you!",
              "in_reply_to_status_id_str" : "1779999999999999999", "in_reply_to_screen_name" : "flour_mill",
              "in_reply_to_user_id_str" : "99",
              "entities" : { "hashtags" : [ ], "urls" : [ ] }
            }
          },
          {
            "tweet" : {
              "id_str" : "1780000000000000030",
              "created_at" : "Wed Apr 10 11:00:00 +0000 2024",
              "full_text" : "And the pain au chocolat too. Thanks @flour_mill for the #sourdough &lt;3 &#39;fresh&#39;",
              "in_reply_to_status_id_str" : "1780000000000000001", "in_reply_to_screen_name" : "example_bakery",
              "in_reply_to_user_id_str" : "1500000001",
              "entities" : { "hashtags" : [ { "text" : "sourdough", "indices" : [ "58", "68" ] } ], "urls" : [ ] }
            }
          },
          {
            "tweet" : {
              "id_str" : "1780000000000000040",
              "created_at" : "Wed Apr 10 12:00:00 +0000 2024",
              "full_text" : "Only for my circle: the secret recipe",
              "entities" : { "hashtags" : [ ], "urls" : [ ] }
            }
          },
          {
            "tweet" : {
              "id_str" : "1780000000000000050",
              "created_at" : "Wed Apr 10 13:00:00 +0000 2024",
              "full_text" : "  ",
              "entities" : { "hashtags" : [ ], "urls" : [ ] }
            }
          },
          {
            "tweet" : {
              "id_str" : "1780000000000000060",
              "created_at" : "Wed Apr 10 14:00:00 +0000 2024",
              "full_text" : "@example_bakery and one more thing for @flour_mill",
              "in_reply_to_status_id_str" : "1780000000000000020", "in_reply_to_screen_name" : "example_bakery",
              "in_reply_to_user_id_str" : "1500000001",
              "entities" : { "hashtags" : [ ], "urls" : [ ] }
            }
          }
        ]
        """#

    private let circle = #"""
        window.YTD.twitter_circle_tweet.part0 = [
          { "tweet" : { "id_str" : "1780000000000000040", "full_text" : "Only for my circle: the secret recipe" } }
        ]
        """#

    private func archive(_ extra: [String: String] = [:]) -> ExportListing {
        var documents = ["data/tweets.js": tweets, "data/account.js": account, "data/twitter-circle-tweet.js": circle]
        documents.merge(extra) { $1 }
        return ExportListing(
            inMemory:
                documents,
            files: [
                "data/tweets_media/1780000000000000001-GKabc123.jpg", "data/tweets_media/1780000000000000001-GKdef456.png",
                "data/direct-messages.js",
            ])
    }

    @Test("only the owner's public tweets and threads are kept, each skip counted")
    func keptAndSkipped() throws {
        let reading = try XExport().read(archive())
        #expect(reading.posts.map(\.key) == ["1780000000000000001", "1780000000000000030"])
        #expect(reading.skipped == [.repost: 1, .reply: 2, .notPublic: 1, .empty: 1])
        #expect(reading.account == ExportAccount(address: "https://x.com/example_bakery", username: "example_bakery"))
        #expect(reading.notes.isEmpty)
    }

    @Test("entities are decoded once, t.co links expanded, the photos' link removed")
    func text() throws {
        let post = try #require(try XExport().read(archive()).posts.first)
        #expect(post.plainText == "Croissants back on Saturday & Sunday https://bakery.example/hours")
        #expect(post.markdown == "Croissants back on Saturday & Sunday [https://bakery.example/hours](<https://bakery.example/hours>)")
        #expect(post.key == "1780000000000000001")
        #expect(post.originals == ["https://x.com/example_bakery/status/1780000000000000001"])
        #expect(post.published == Date(timeIntervalSince1970: 1_712_736_900))
        #expect(post.platform == .x)
        #expect(!post.isDraft)
        #expect(
            post.media == [
                ImportedMedia(
                    origin: .export("data/tweets_media/1780000000000000001-GKabc123.jpg"), kind: .photo,
                    alt: "A basket of croissants on the counter"),
                ImportedMedia(origin: .export("data/tweets_media/1780000000000000001-GKdef456.png"), kind: .photo, alt: nil),
            ])
    }

    @Test("a reply to oneself is kept, with mentions linked and hashtags as tags")
    func thread() throws {
        let post = try #require(try XExport().read(archive()).posts.last)
        #expect(post.plainText == "And the pain au chocolat too. Thanks @flour_mill for the #sourdough <3 'fresh'")
        #expect(
            post.markdown
                == #"And the pain au chocolat too. Thanks [@flour\_mill](<https://x.com/flour_mill>) for the #sourdough \<3 'fresh'"#)
        #expect(post.tags == ["sourdough"])
    }

    @Test("--include-replies keeps the replies to others, never the retweets")
    func includeReplies() throws {
        var options = ImportOptions(platform: .x, exportPaths: [], siteDirectory: "")
        options.includeReplies = true
        let reading = try XExport(options: options).read(archive())
        #expect(reading.posts.map(\.key) == ["1780000000000000001", "1780000000000000020", "1780000000000000030", "1780000000000000060"])
        #expect(reading.skipped == [.repost: 1, .notPublic: 1, .empty: 1])
    }

    @Test("an account that was ever protected has none of its tweets imported")
    func protectedAccount() throws {
        let history = #"""
            window.YTD.protected_history.part0 = [
              { "protectedHistory" : { "protectedAt" : "2019-05-01T10:00:00.000Z", "action" : "Protect" } },
              { "protectedHistory" : { "protectedAt" : "2019-09-01T10:00:00.000Z", "action" : "Unprotect" } }
            ]
            """#
        let reading = try XExport().read(archive(["data/protected-history.js": history]))
        #expect(reading.posts.isEmpty)
        #expect(reading.skipped == [.notPublic: 7])
        #expect(reading.notes.count == 1)
        #expect(reading.notes.first?.contains("protected") == true)

        let never = try XExport().read(archive(["data/protected-history.js": "window.YTD.protected_history.part0 = [ ]"]))
        #expect(never.posts.count == 2)
    }

    @Test("a split archive under one folder: every part is read, ids keep their 19 digits")
    func splitArchive() throws {
        let first = #"""
            window.YTD.tweets.part1 = [
              { "tweet" : { "id_str" : "1234567890123456789", "id" : 1234567890123456789,
                            "created_at" : "Mon Jan 01 00:00:01 +0000 2024", "full_text" : "First part" } }
            ]
            """#
        // Older archives: the tweet without its wrapper, another variable name.
        let second = #"""
            window.YTD.tweet.part2 =
            [ { "id_str" : "1234567890123456799", "created_at" : "Tue Jan 02 00:00:01 +0000 2024", "full_text" : "Second part" } ]
            """#
        let listing = ExportListing(inMemory: ["twitter-2024/data/tweets-part1.js": first, "twitter-2024/data/tweets-part2.js": second])
        let reading = try XExport().read(listing)
        #expect(reading.posts.map(\.key) == ["1234567890123456789", "1234567890123456799"])
        #expect(reading.posts.map(\.plainText) == ["First part", "Second part"])
        // Without account.js the username is unknown; X still answers this address.
        #expect(reading.posts.first?.originals == ["https://x.com/i/web/status/1234567890123456789"])
        #expect(reading.account == nil)
    }

    @Test("a video is the file of its highest-bitrate version; an unnamed one is found by the tweet's id")
    func videos() throws {
        let tweets = #"""
            window.YTD.tweets.part0 = [
              { "tweet" : {
                "id_str" : "1780000000000000100", "created_at" : "Thu Apr 11 08:00:00 +0000 2024",
                "full_text" : "Kneading https://t.co/Vid001",
                "extended_entities" : { "media" : [ {
                  "url" : "https://t.co/Vid001", "type" : "video",
                  "media_url_https" : "https://pbs.twimg.com/ext_tw_video_thumb/1/pu/img/Thumb.jpg",
                  "video_info" : { "variants" : [
                    { "bitrate" : "256000", "content_type" : "video/mp4",
                      "url" : "https://video.twimg.com/ext_tw_video/1/pu/vid/320x568/Low.mp4?tag=12" },
                    { "content_type" : "application/x-mpegURL",
                      "url" : "https://video.twimg.com/ext_tw_video/1/pu/pl/Playlist.m3u8?tag=12" },
                    { "bitrate" : "2176000", "content_type" : "video/mp4",
                      "url" : "https://video.twimg.com/ext_tw_video/1/pu/vid/720x1280/High.mp4?tag=12" },
                    { "bitrate" : "832000", "content_type" : "video/mp4",
                      "url" : "https://video.twimg.com/ext_tw_video/1/pu/vid/480x852/Mid.mp4?tag=12" } ] } } ] } } },
              { "tweet" : {
                "id_str" : "1780000000000000200", "created_at" : "Thu Apr 11 09:00:00 +0000 2024",
                "full_text" : "https://t.co/Gif001",
                "extended_entities" : { "media" : [ {
                  "url" : "https://t.co/Gif001", "type" : "animated_gif",
                  "video_info" : { "variants" : [ { "bitrate" : "0", "content_type" : "video/mp4",
                                                    "url" : "https://video.twimg.com/tweet_video/Renamed.mp4" } ] } } ] } } }
            ]
            """#
        let listing = ExportListing(
            inMemory: ["data/tweets.js": tweets],
            files: [
                "data/tweets_media/1780000000000000100-Low.mp4", "data/tweets_media/1780000000000000100-High.mp4",
                "data/tweets_media/1780000000000000100-Mid.mp4", "data/tweets_media/1780000000000000200-Saved.mp4",
            ])
        let reading = try XExport().read(listing)
        #expect(
            reading.posts.map(\.media) == [
                [ImportedMedia(origin: .export("data/tweets_media/1780000000000000100-High.mp4"), kind: .video, alt: nil)],
                [ImportedMedia(origin: .export("data/tweets_media/1780000000000000200-Saved.mp4"), kind: .video, alt: nil)],
            ])
        #expect(reading.posts.map(\.plainText) == ["Kneading", ""])
    }

    @Test("older archives keep media in tweet_media/")
    func olderMediaFolder() throws {
        let tweets = #"""
            window.YTD.tweet.part0 = [ { "tweet" : {
              "id_str" : "1100000000000000001", "created_at" : "Fri Mar 01 12:00:00 +0000 2019",
              "full_text" : "Rye https://t.co/Pic001",
              "extended_entities" : { "media" : [ { "url" : "https://t.co/Pic001", "type" : "photo",
                "media_url" : "http://pbs.twimg.com/media/Dabc.jpg" } ] } } } ]
            """#
        let reading = try XExport().read(ExportListing(inMemory: ["data/tweet.js": tweets], files: ["data/tweet_media/1100000000000000001-Dabc.jpg"]))
        #expect(reading.posts.first?.media.first?.origin == .export("data/tweet_media/1100000000000000001-Dabc.jpg"))
    }

    @Test("no tweets file: the error says where sitegen looked")
    func missingTweets() {
        let noTweets = ExportListing(inMemory: ["data/account.js": account], files: ["data/direct-messages.js", "data/like.js"])
        #expect(throws: ImportError.postsNotFound(.x, tried: ["data/tweets.js", "data/tweet.js", "data/tweets-part1.js"], looksLike: nil)) {
            try XExport().read(noTweets)
        }
        let facebook = ExportListing(inMemory: [:], files: ["your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json"])
        #expect(throws: ImportError.postsNotFound(.x, tried: XExport().postPaths, looksLike: .facebook)) {
            try XExport().read(facebook)
        }
    }

    @Test("a damaged tweets file is named, with the place of the fault in the file itself")
    func damagedFile() {
        let damaged = "window.YTD.tweets.part0 = [\n  { \"tweet\" : { \"id_str\" : } }\n]"
        #expect {
            try XExport().read(ExportListing(inMemory: ["data/tweets.js": damaged]))
        } throws: { error in
            guard case .invalidDocument(let path, let detail) = error as? ImportError else { return false }
            // Foundation gives a line on some systems, the offset of the byte on others.
            return path == "data/tweets.js" && (detail.contains("line 2") || detail.contains("character 55"))
        }
    }

    @Test("only tweets, the account, circle and protection files are read")
    func documents() {
        let format = XExport()
        for path in [
            "data/tweets.js", "data/tweet.js", "data/tweets-part1.js", "data/tweet-part12.js", "export/data/tweets.js",
            "data/account.js", "data/twitter-circle-tweet.js", "data/protected-history.js",
        ] {
            #expect(format.isDocument(path), "\(path)")
        }
        for path in [
            "data/direct-messages.js", "data/direct-messages-group.js", "data/ip-audit.js", "data/phone-number.js", "data/email-address-change.js",
            "data/deleted-tweets.js", "data/like.js", "data/tweets-partx.js", "tweets.js", "a/b/data/tweets.js", "data/tweets_media/1-tweets.js",
        ] {
            #expect(!format.isDocument(path), "\(path)")
        }
    }

    @Test(
        "HTML entities: exactly X's five and numeric ones, in one pass",
        arguments: [
            ("Bread &amp; butter", "Bread & butter"),
            ("&lt;b&gt; &quot;hot&quot; &#39;n&#39;", "<b> \"hot\" 'n'"),
            ("&amp;lt; stays typed", "&lt; stays typed"),
            ("&#127827; &#x1F353;", "🍓 🍓"),
            ("&copy; &nbsp; & &; &#0; &#xD800;", "&copy; &nbsp; & &; &#0; &#xD800;"),
            ("AT&T", "AT&T"),
        ])
    func entities(_ escaped: String, _ plain: String) {
        #expect(XTweetText.unescaped(escaped) == plain)
    }
}

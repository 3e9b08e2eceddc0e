import Foundation
import Testing

@testable import SiteGenImport

@Suite("Import: Facebook export")
struct FacebookExportTests {
    /// The posts of a 2024 export: Meta's mojibake, a place with its
    /// coordinates, a post on a friend's timeline, a bare share.
    private let posts = #"""
        [
          {
            "timestamp": 1503752400,
            "attachments": [ { "data": [
              { "media": { "uri": "your_facebook_activity/posts/media/TimelinePhotos_abc/123_456_n_789.jpg",
                           "creation_timestamp": 1503752401,
                           "media_metadata": { "photo_metadata": { "exif_data": [ { "upload_ip": "203.0.113.7", "taken_timestamp": 1503750000 } ] } },
                           "title": "Timeline Photos",
                           "description": "Erdbeeren \u00f0\u009f\u008d\u0093 & Sahne, nouveaut\u00c3\u00a9 #fraises" } },
              { "external_context": { "url": "https://bakery.example/menu" } },
              { "place": { "name": "Secret Garden Spot", "coordinate": { "latitude": 48.1234, "longitude": 11.5678 },
                           "address": "12 Hidden Lane", "url": "" } } ] } ],
            "data": [ { "post": "Erdbeeren \u00f0\u009f\u008d\u0093 & Sahne, nouveaut\u00c3\u00a9 #fraises" }, { "update_timestamp": 1503752400 } ],
            "title": "Example Bakery added a new photo.",
            "tags": [ { "name": "Jane Friend" } ]
          },
          {
            "timestamp": 1503838800,
            "data": [ { "post": "Happy birthday Jane!" } ],
            "title": "Example Bakery wrote on Jane Friend's timeline."
          },
          {
            "timestamp": 1503925200,
            "attachments": [ ],
            "data": [ { "update_timestamp": 1503925200 } ],
            "title": "Example Bakery shared a post."
          },
          {
            "timestamp": 1504011600,
            "attachments": [ { "data": [
              { "place": { "name": "Secret Garden Spot", "coordinate": { "latitude": 48.1234, "longitude": 11.5678 } } } ] } ],
            "data": [ ],
            "title": "Example Bakery was at Secret Garden Spot."
          },
          {
            "timestamp": 1504098000,
            "attachments": [ { "data": [ { "external_context": { "url": "https://news.example/bread" } } ] } ],
            "data": [ { "post": "Worth reading: https://news.example/bread" } ],
            "title": "Example Bakery shared a link."
          }
        ]
        """#

    private let profile = #"""
        { "profile_v2": {
            "name": { "full_name": "Example Bakery", "first_name": "Example", "last_name": "Bakery" },
            "emails": { "emails": [ "owner@bakery.example" ] },
            "birthday": { "year": 1980, "month": 1, "day": 2 },
            "current_city": { "name": "Somewhere" },
            "profile_uri": "https://www.facebook.com/example.bakery" } }
        """#

    private func export2024() -> ExportListing {
        ExportListing(
            inMemory: [
                "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json": posts,
                "personal_information/profile_information/profile_information.json": profile,
            ],
            files: [
                "your_facebook_activity/posts/media/TimelinePhotos_abc/123_456_n_789.jpg",
                "your_facebook_activity/messages/inbox/jane/message_1.json",
            ])
    }

    @Test("every post is a draft, with a note that says how to review them")
    func drafts() throws {
        let reading = try FacebookExport().read(export2024())
        #expect(reading.posts.count == 2)
        #expect(reading.posts.filter(\.isDraft).count == 2)
        #expect(reading.posts.filter { $0.originals.isEmpty && $0.platform == .facebook }.count == 2)
        #expect(reading.notes.count == 1)
        #expect(reading.notes.first?.contains("sitegen serve --drafts") == true)
        #expect(reading.skipped == [.notPublic: 1, .empty: 2])
        #expect(reading.account == ExportAccount(address: "https://www.facebook.com/example.bakery", username: "example.bakery"))
    }

    @Test("Meta's mojibake repaired, the shared link added once, the photo found")
    func text() throws {
        let reading = try FacebookExport().read(export2024())
        let post = try #require(reading.posts.first)
        #expect(post.plainText == "Erdbeeren 🍓 & Sahne, nouveauté #fraises\n\nhttps://bakery.example/menu")
        #expect(post.markdown == "Erdbeeren 🍓 & Sahne, nouveauté #fraises\n\n[https://bakery.example/menu](<https://bakery.example/menu>)")
        #expect(post.tags == ["fraises"])
        #expect(post.published == Date(timeIntervalSince1970: 1_503_752_400))
        #expect(
            post.media == [
                ImportedMedia(origin: .export("your_facebook_activity/posts/media/TimelinePhotos_abc/123_456_n_789.jpg"), kind: .photo, alt: nil)
            ])
        #expect(reading.posts.last?.plainText == "Worth reading: https://news.example/bread")
    }

    @Test("places, friends' names and upload addresses appear nowhere")
    func privateData() throws {
        let reading = try FacebookExport().read(export2024())
        let output =
            reading.posts.map { post in
                [post.markdown, post.plainText, post.title ?? "", post.key, post.tags.joined(), "\(post.media)", post.originals.joined()]
                    .joined(separator: " ")
            }.joined() + reading.notes.joined() + "\(String(describing: reading.account))"
        for secret in ["48.1234", "11.5678", "Secret Garden", "Hidden Lane", "Jane Friend", "203.0.113.7", "owner@bakery.example", "Somewhere"] {
            #expect(!output.contains(secret), "\(secret)")
        }
    }

    @Test("the key is a hash of time, text and media, the same on a second reading")
    func key() throws {
        let first = try FacebookExport().read(export2024()).posts.map(\.key)
        let second = try FacebookExport().read(export2024()).posts.map(\.key)
        #expect(first == second)
        #expect(Set(first).count == 2)
        let hexadecimal = first.filter { $0.count == 64 && $0.allSatisfy(\.isHexDigit) }
        #expect(hexadecimal.count == 2)
    }

    @Test("before 2024, under one folder: photos and videos on their own, a video of a post only once")
    func olderExport() throws {
        let posts = #"""
            [ { "timestamp": 1319393272,
                "attachments": [ { "data": [ { "media": { "uri": "posts/media/videos/1199405_n_2022020720200.mp4", "creation_timestamp": 1319393272,
                  "thumbnail": { "uri": "https://interncache-eag.fbcdn.net/v/thumb.jpg" }, "description": "" } } ] } ],
                "data": [ ] } ]
            """#
        let videos = #"""
            { "videos_v2": [
                { "uri": "posts/media/videos/1199405_n_2022020720200.mp4", "creation_timestamp": 1319393272, "description": "" },
                { "uri": "posts/media/videos/1345746_n_1703203309964.mp4", "creation_timestamp": 1307281944,
                  "description": "Vid\u00c3\u00a9o du four" } ] }
            """#
        let photos = #"""
            { "other_photos_v2": [
                { "uri": "posts/media/Uncategorized_xyz/28819_n_1251667781858.jpg", "creation_timestamp": 1273171899 } ] }
            """#
        let listing = ExportListing(
            inMemory: [
                "facebook-examplebakery/posts/your_posts_1.json": posts, "facebook-examplebakery/posts/your_videos.json": videos,
                "facebook-examplebakery/posts/your_uncategorized_photos.json": photos,
            ],
            files: [
                "facebook-examplebakery/posts/media/videos/1199405_n_2022020720200.mp4",
                "facebook-examplebakery/posts/media/videos/1345746_n_1703203309964.mp4",
                "facebook-examplebakery/posts/media/Uncategorized_xyz/28819_n_1251667781858.jpg",
            ])
        let reading = try FacebookExport().read(listing)
        #expect(
            reading.posts.map(\.media) == [
                [ImportedMedia(origin: .export("facebook-examplebakery/posts/media/videos/1199405_n_2022020720200.mp4"), kind: .video, alt: nil)],
                [
                    ImportedMedia(
                        origin: .export("facebook-examplebakery/posts/media/Uncategorized_xyz/28819_n_1251667781858.jpg"), kind: .photo, alt: nil)
                ],
                [ImportedMedia(origin: .export("facebook-examplebakery/posts/media/videos/1345746_n_1703203309964.mp4"), kind: .video, alt: nil)],
            ])
        #expect(reading.posts.map(\.plainText) == ["", "", "Vidéo du four"])
        #expect(reading.posts.filter(\.isDraft).count == 3)
        #expect(reading.account == nil)
    }

    @Test("no posts file: the error says where sitegen looked")
    func missingPosts() {
        let instagram = ExportListing(inMemory: [:], files: ["your_instagram_activity/media/posts_1.json"])
        #expect(throws: ImportError.postsNotFound(.facebook, tried: FacebookExport().postPaths, looksLike: .instagram)) {
            try FacebookExport().read(instagram)
        }
        let onlyProfile = ExportListing(inMemory: ["profile_information/profile_information.json": profile])
        #expect(throws: ImportError.postsNotFound(.facebook, tried: FacebookExport().postPaths, looksLike: nil)) {
            try FacebookExport().read(onlyProfile)
        }
    }

    @Test("only posts, photos, videos and the profile are read")
    func documents() {
        let format = FacebookExport()
        for path in [
            "posts/your_posts_1.json", "posts/your_posts_12.json", "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json",
            "your_activity_across_facebook/posts/your_posts_1.json", "fb/posts/your_uncategorized_photos.json",
            "your_facebook_activity/posts/your_videos.json", "profile_information/profile_information.json",
            "personal_information/profile_information/profile_information.json",
        ] {
            #expect(format.isDocument(path), "\(path)")
        }
        for path in [
            "your_facebook_activity/posts/check-ins.json", "your_facebook_activity/posts/places_you_have_been_tagged_in.json",
            "your_facebook_activity/messages/inbox/jane_1/message_1.json", "messages/inbox/jane_1/message_1.json",
            "connections/friends/your_friends.json", "friends/friends.json", "your_facebook_activity/posts/album/0.json",
            "posts/your_posts_x.json", "groups/your_posts_in_groups.json", "posts/media/your_posts_1.json.jpg",
        ] {
            #expect(!format.isDocument(path), "\(path)")
        }
    }

    @Test(
        "posts on other people's timelines are told by their title",
        arguments: [
            ("Example Bakery wrote on Jane Friend's timeline.", true),
            ("Jane Friend wrote on Example Bakery's timeline.", true),
            ("Example Bakery posted to Jane Friend\u{2019}s timeline.", true),
            ("Example Bakery posted in Bread Lovers.", true),
            ("Example Bakery added a new photo.", false),
            ("Example Bakery updated his status.", false),
            ("Example Bakery shared a link.", false),
            ("", false),
        ])
    func otherTimelines(_ title: String, _ isOther: Bool) throws {
        let post = try #require(FacebookPost(post: ["timestamp": 1, "title": title, "data": [["post": "Hello"]]]))
        #expect(post.isOnAnotherTimeline == isOther)
    }
}

import Testing

@testable import SiteGenCore
@testable import SiteGenManifest

/// One account or page written two ways is found twice (`profile add`, the
/// build's duplicate check, `profile remove`); two accounts stay two.
@Suite("Unit: WebAddress, one address written two ways")
struct WebAddressIdentityTests {
    @Test(arguments: [
        // Issue 14: the Instagram share button's address beside the one in links.yml.
        ("http://instagram.com/kapsalonlotte?igsh=abc123", "https://www.instagram.com/kapsalonlotte"),
        ("https://www.instagram.com/KapsalonLotte/", "https://instagram.com/kapsalonlotte"),
        ("https://instagram.com/kapsalonlotte?utm_source=ig_web_copy_link&igshid=MzRlODBiNWFlZA==", "https://instagram.com/kapsalonlotte"),
        ("https://instagram.com:443/kapsalonlotte", "https://instagram.com/kapsalonlotte"),
        ("https://m.facebook.com/KapsalonLotte?mibextid=ZbWKwL", "https://www.facebook.com/kapsalonlotte"),
        ("https://fb.com/kapsalonlotte?ref=bookmarks", "https://facebook.com/kapsalonlotte"),
        ("https://twitter.com/KapsalonLotte?s=21&t=abcDEF", "https://x.com/kapsalonlotte"),
        ("https://mobile.twitter.com/kapsalonlotte?ref_src=twsrc%5Etfw", "https://x.com/kapsalonlotte"),
        ("https://www.tiktok.com/@KapsalonLotte?_t=8abc&_r=1", "https://tiktok.com/@kapsalonlotte"),
        ("https://www.threads.net/@KapsalonLotte", "https://www.threads.com/@kapsalonlotte"),
        ("https://github.com/KapsalonLotte", "https://github.com/kapsalonlotte/"),
        ("https://bsky.app/profile/Lotte.bsky.social", "https://bsky.app/profile/lotte.bsky.social"),
        ("https://www.linkedin.com/company/Kapsalon-Lotte/", "https://linkedin.com/company/kapsalon-lotte"),
        // Mastodon, on any server: the handle has no case.
        ("https://mastodon.social/@KapsalonLotte", "http://mastodon.social/@kapsalonlotte#main"),
        ("https://www.youtube.com/@Kapsalon", "https://m.youtube.com/@kapsalon"),
        // The video is the page; the share button's parameters are not.
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ&feature=share&si=abc", "https://youtube.com/watch?v=dQw4w9WgXcQ"),
        ("https://news.example/a?utm_campaign=spring&fbclid=IwAR0", "http://news.example/a"),
        ("https://news.example./a", "https://news.example/a"),
    ])
    func theSameAddress(_ pair: (String, String)) {
        #expect(WebAddress.normalised(pair.0) == WebAddress.normalised(pair.1), "\(WebAddress.normalised(pair.0))")
    }

    @Test(arguments: [
        ("https://www.instagram.com/kapsalonlotte", "https://www.instagram.com/kapsalonanna"),
        // A video's id and a channel's id are read with their case.
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://www.youtube.com/watch?v=DQW4W9WGXCQ"),
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://www.youtube.com/watch?v=9bZkp7q19f0"),
        ("https://www.youtube.com/channel/UCabc", "https://www.youtube.com/channel/UCABC"),
        // One handle on two Mastodon servers: two accounts.
        ("https://mastodon.social/@lotte", "https://piaille.fr/@lotte"),
        // A post's code is read with its case, on Instagram as on Threads.
        ("https://www.instagram.com/p/AbC123/", "https://www.instagram.com/p/abc123/"),
        ("https://www.threads.com/@lotte/post/AbC", "https://www.threads.com/@lotte/post/abc"),
        ("https://www.facebook.com/profile.php?id=100", "https://www.facebook.com/profile.php?id=200"),
        // Elsewhere the path keeps its case, and `s` or `ref` may choose the page.
        ("https://news.example/Page", "https://news.example/page"),
        ("https://shop.example/search?s=bread", "https://shop.example/search?s=cake"),
        ("https://shop.example/?ref=a", "https://shop.example/?ref=b"),
        // A look-alike host is not the platform, and a subdomain may be another service.
        ("https://x.com.example/Lotte", "https://x.com.example/lotte"),
        ("https://business.facebook.com/lotte", "https://facebook.com/lotte"),
    ])
    func twoAddresses(_ pair: (String, String)) {
        #expect(WebAddress.normalised(pair.0) != WebAddress.normalised(pair.1))
    }

    @Test func aPastedAddressLosesItsTrackingParametersWhereverTheyAre() throws {
        let post = try ArticleAddresses.clean("https://x.com/lotte/status/1790?s=20&t=AbC").get()
        #expect(post.url == "https://x.com/lotte/status/1790")
        #expect(post.removed == ["s", "t"])
        let profile = try ArticleAddresses.clean("https://www.instagram.com/kapsalonlotte?igsh=abc123").get()
        #expect(profile.url == "https://www.instagram.com/kapsalonlotte")
        // `s` is tracking on X only: on a shop's search page it is the search.
        #expect(try ArticleAddresses.clean("https://shop.example/search?s=bread").get().url == "https://shop.example/search?s=bread")
    }

    @Test(arguments: ["https://a.example/?%", "https://a.example/?a=%41&utm_source=x", "https://a.example/?=&&=", "https://a.example/?&utm_x"])
    func oddQueriesAreComparedWithoutHarm(_ address: String) {
        #expect(!WebAddress.normalised(address).contains("utm_"))
    }
}

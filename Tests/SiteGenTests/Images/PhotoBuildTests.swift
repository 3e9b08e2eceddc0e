import Foundation
import Testing

@testable import SiteGen
@testable import SiteGenCore

/// What a build does with the photos of a site (issue 12), on real images
/// made at test time, through the whole pipeline.
@Suite("Images: photos in a build")
struct PhotoBuildTests {
    /// `/images/oven-960w.3f2a9c1b2e.avif`, with the tag in place of its digits.
    static func addresses(in html: String) -> [String] {
        html.matches(of: /\/images\/[a-z-]+-(?:\d+w|og)\.[0-9a-f]{10}\.[a-z]+/).map { String($0.output) }
    }

    @Test func markdownImagesBecomePicturesWithSizesAndLazyLoading() throws {
        let site = try PhotoSite(pages: [
            "index.md": "---\ntitle: Home\n---\n\n![The oven](/images/oven.jpg)\n\n![The shop \"front\"](/images/shop.jpg \"Our shop\")\n"
        ])
        defer { site.cleanUp() }
        try TestImages.photo(site.image("oven.jpg"), width: 2000, height: 1500)
        try TestImages.photo(site.image("shop.jpg"), width: 600, height: 400)
        try site.build()
        let html = try site.html()
        let pictures = html.matches(of: /<picture>.*?<\/picture>/).map { String($0.output) }
        try #require(pictures.count == 2)

        let oven = pictures[0]
        let sizes = #"sizes="(min-width: 45rem) 42rem, calc(100vw - 2rem)""#
        let avif = try #require(oven.firstMatch(of: /<source type="image\/avif" srcset="([^"]+)"/)?.output.1)
        #expect(avif.split(separator: ",").map { $0.split(separator: " ").last.map(String.init) ?? "" } == ["480w", "960w", "1440w", "1920w"])
        #expect(oven.hasPrefix("<picture><source type=\"image/avif\""))
        #expect(oven.contains("<source type=\"image/webp\" srcset=\"/images/oven-480w."))
        #expect(oven.contains(sizes))
        #expect(
            oven.firstMatch(
                of:
                    /<img src="\/images\/oven-960w\.[0-9a-f]{10}\.jpg" srcset="[^"]+1920w" sizes="[^"]+" width="1920" height="1440" alt="The oven" decoding="async"><\/picture>/
            ) != nil, "\(oven)")
        #expect(!oven.contains("loading="), "the page's first image loads at once")

        let shop = pictures[1]
        // 600 pixels wide: the 480 variant, and the original's width (above 480 by more than a fifth).
        #expect(shop.contains(#" 480w, "#) && shop.contains(#" 600w""#) && !shop.contains("960w"))
        #expect(shop.contains(#"width="600" height="400" alt="The shop &quot;front&quot;" title="Our shop" loading="lazy" decoding="async""#))

        // Every variant named exists; an original only shown as a picture is not published.
        let published = try site.publishedImages()
        for address in Self.addresses(in: html) {
            #expect(published.contains(String(address.dropFirst("/images/".count))), "\(address)")
        }
        #expect(!published.contains("oven.jpg") && !published.contains("shop.jpg"))
        #expect(published.count == 4 * 3 + 2 * 3)
    }

    @Test func aSidewaysPhotoStandsUpright() throws {
        let site = try PhotoSite(pages: ["index.md": "---\ntitle: Home\n---\n\n![Bread](/images/bread.jpg)\n"])
        defer { site.cleanUp() }
        try TestImages.photo(site.image("bread.jpg"), width: 400, height: 300)
        try TestImages.tag(site.image("bread.jpg"), ["-Orientation#=6"])
        try site.build()
        #expect(try site.html().contains(#"width="300" height="400""#))
        let variant = try #require(try site.publishedImages().first { $0.hasSuffix(".jpg") })
        let header = try site.header(variant)
        #expect(header.width == 300 && header.height == 400)
    }

    @Test func noPublishedImageKeepsItsMetadata() throws {
        let site = try PhotoSite(pages: [
            "index.md":
                "---\ntitle: Home\nimage: /images/front.jpg\nimage_alt: The shop\n---\n\n![Oven](/images/oven.jpg)\n\n[The oven at full size](/images/full.jpg)\n"
        ])
        defer { site.cleanUp() }
        for name in ["front.jpg", "oven.jpg", "full.jpg", "unused.jpg"] {
            try TestImages.photo(site.image(name), width: 700, height: 500)
            try TestImages.tag(site.image(name), TestImages.gpsTags + ["-XMP:Creator=Jean Martin", "-IPTC:By-line=Jean Martin"])
        }
        let source = try TestImages.metadata(of: [site.image("oven.jpg")])
        #expect(source["oven.jpg"]?.contains("GPS:GPSLatitude") == true, "the test photo must carry a position")

        try site.build()
        let published = try site.publishedImages()
        // Linked as a file, or used by no page: published at its own address.
        #expect(published.contains("full.jpg") && published.contains("unused.jpg"))
        #expect(!published.contains("oven.jpg") && !published.contains("front.jpg"))
        let files = published.map { site.output.appendingPathComponent("images/\($0)") }
        #expect(files.count > 10)
        let metadata = try TestImages.metadata(of: files)
        #expect(metadata == [:], "\(metadata)")
    }

    @Test func aTransparentPNGStaysTransparent() throws {
        let site = try PhotoSite(pages: ["index.md": "---\ntitle: Home\n---\n\n![Logo](/images/sign.png)\n"])
        defer { site.cleanUp() }
        try TestImages.photo(site.image("sign.png"), width: 500, height: 300, alpha: true)
        try site.build()
        let published = try site.publishedImages()
        #expect(try site.html().contains(#"<img src="/images/sign-480w."#) && site.html().contains(#".png" srcset="#))
        for suffix in [".png", ".webp", ".avif"] {
            let name = try #require(published.first { $0.hasPrefix("sign-480w.") && $0.hasSuffix(suffix) }, "\(suffix)")
            #expect(try site.header(name).hasAlpha, "\(name)")
        }
        #expect(!published.contains { $0.hasSuffix(".jpg") })
    }

    @Test func aniPhonePhotoBecomesJPEGWebPAndAVIF() throws {
        let site = try PhotoSite(pages: ["index.md": "---\ntitle: Home\n---\n\n![Cake](/images/cake.heic)\n"])
        defer { site.cleanUp() }
        try TestImages.photo(site.image("cake.heic"), width: 1000, height: 750, options: "[compression=hevc]")
        try site.build()
        let published = try site.publishedImages()
        #expect(Set(published.map { URL(fileURLWithPath: $0).pathExtension }) == ["jpg", "webp", "avif"])
        let jpeg = try #require(published.first { $0.hasPrefix("cake-960w.") && $0.hasSuffix(".jpg") })
        #expect(try site.header(jpeg).format == .jpeg)
        #expect(try site.header(jpeg).width == 960)
    }

    @Test func aPageImageGetsACroppedLinkPreview() throws {
        let site = try PhotoSite(pages: [
            "index.md": "---\ntitle: Home\n---\nHello.\n",
            "oven.md": "---\ntitle: Oven\nimage: /images/oven.jpg\nimage_alt: The oven, door open\n---\nText.\n",
        ])
        defer { site.cleanUp() }
        try TestImages.photo(site.image("oven.jpg"), width: 1600, height: 1200)
        try site.build()
        let html = try site.html("oven/index.html")
        let preview = try #require(
            html.firstMatch(of: /<meta property="og:image" content="https:\/\/shop\.example\/images\/(oven-og\.[0-9a-f]{10}\.jpg)">/)?.output.1)
        #expect(html.contains(#"<meta property="og:image:width" content="1200">"#))
        #expect(html.contains(#"<meta property="og:image:height" content="630">"#))
        #expect(html.contains(#"<meta property="og:image:alt" content="The oven, door open">"#))
        let header = try site.header(String(preview))
        #expect(header.width == 1200 && header.height == 630)
        // The page's own image is its hero, a picture with its size; Markdown images after it load lazily.
        #expect(
            html.contains(#"<img class="hero" src="/images/oven-960w."#)
                && html.contains(#"width="1440" height="1080" alt="The oven, door open" decoding="async"></picture>"#))
    }

    @Test func aLogoAloneIsShownWholeInTheSmallCard() throws {
        let site = try PhotoSite(
            pages: ["index.md": "---\ntitle: Home\n---\nHello.\n"],
            siteYAML: "name: Photo Shop\nurl: https://shop.example/\nlanguage: en\nlogo: /images/logo.png\n")
        defer { site.cleanUp() }
        try TestImages.photo(site.image("logo.png"), width: 300, height: 300, alpha: true)
        try TestImages.tag(site.image("logo.png"), TestImages.gpsTags)
        try site.build()
        let html = try site.html()
        #expect(html.contains(#"<meta property="og:image" content="https://shop.example/images/logo.png">"#))
        #expect(html.contains(#"<meta name="twitter:card" content="summary">"#))
        #expect(!html.contains("og:image:width"))
        // The header shows it by its address: published there, without its metadata.
        #expect(try site.publishedImages() == ["logo.png"])
        #expect(try TestImages.metadata(of: [site.output.appendingPathComponent("images/logo.png")]) == [:])
        #expect(try site.header("logo.png").hasAlpha)
    }

    @Test func anSVGDrawingGetsItsSizeFromItsViewBox() throws {
        let site = try PhotoSite(pages: ["index.md": "---\ntitle: Home\n---\n\n![Plan](/images/plan.svg)\n"])
        defer { site.cleanUp() }
        let svg = #"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 400"><rect width="600" height="400"/></svg>"#
        try Data(svg.utf8).write(to: site.image("plan.svg"))
        try site.build()
        #expect(try site.html().contains(#"<img src="/images/plan.svg" alt="Plan" width="600" height="400" decoding="async">"#))
        #expect(try Data(contentsOf: site.output.appendingPathComponent("images/plan.svg")) == Data(svg.utf8))
    }

    @Test func aSecondBuildDoesNoImageWorkAndTheCacheForgetsWhatNoPageUses() throws {
        let site = try PhotoSite(pages: ["index.md": "---\ntitle: Home\n---\n\n![A](/images/a.jpg)\n\n![B](/images/b.jpg)\n"])
        defer { site.cleanUp() }
        try TestImages.photo(site.image("a.jpg"), width: 1000, height: 700)
        try TestImages.photo(site.image("b.jpg"), width: 1000, height: 700)
        let first = try site.build()
        #expect(first.images == ImageWork(images: 2, processed: 2, made: 12, reused: 0))
        let second = try site.build()
        #expect(second.images == ImageWork(images: 2, processed: 0, made: 0, reused: 12))

        // A changed photo is processed again, alone, under new addresses.
        let before = try site.html()
        try TestImages.photo(site.image("b.jpg"), width: 1000, height: 600)
        let third = try site.build()
        #expect(third.images == ImageWork(images: 2, processed: 1, made: 6, reused: 6))
        #expect(try site.html() != before)

        // A photo no page shows any more: its variants leave the cache.
        let cached = try FileListing.live(site.cache, linksWithin: site.cache).files.filter { !$0.hasSuffix(".json") }
        #expect(cached.count == 12)
        try site.write("---\ntitle: Home\n---\n\n![A](/images/a.jpg)\n", to: "content/index.md")
        try FileManager.default.removeItem(at: site.image("b.jpg"))
        try site.build()
        let kept = try FileListing.live(site.cache, linksWithin: site.cache).files.filter { !$0.hasSuffix(".json") }
        #expect(kept.count == 6)
    }

    @Test func aCacheThatCannotBeWrittenOnlyCostsSpeed() throws {
        let site = try PhotoSite(pages: ["index.md": "---\ntitle: Home\n---\n\n![A](/images/a.jpg)\n"])
        defer { site.cleanUp() }
        try TestImages.photo(site.image("a.jpg"), width: 600, height: 400)
        // A file where the cache's folder would be (as root, a read-only folder would not stop a write).
        try site.write("not a folder", to: ".sitegen/cache")
        let report = try site.build()
        #expect(report.warnings.map(\.description).contains { $0.contains("cannot use the photo cache") })
        #expect(report.images == ImageWork(images: 1, processed: 1, made: 6, reused: 0))
        #expect(try site.publishedImages().count == 6)
        #expect(try site.build().images.processed == 1, "without a cache, every build processes the photo again")
    }

    /// Found by an adversarial pass: cache entries that changed since they
    /// were written (a link to another file, a file cut short) are made
    /// again, never published.
    @Test func aDamagedCacheEntryIsMadeAgainNeverPublished() throws {
        let site = try PhotoSite(pages: ["index.md": "---\ntitle: Home\n---\n\n![A](/images/a.jpg)\n"])
        defer { site.cleanUp() }
        try TestImages.photo(site.image("a.jpg"), width: 600, height: 400)
        try site.build()
        let entries = try FileListing.live(site.cache, linksWithin: site.cache).files.filter { !$0.hasSuffix(".json") }.sorted()
        let linked = site.cache.appendingPathComponent(try #require(entries.first { $0.hasSuffix("w480.webp") }))
        let cut = site.cache.appendingPathComponent(try #require(entries.first { $0.hasSuffix("w480.jpg") }))
        try FileManager.default.removeItem(at: linked)
        try FileManager.default.createSymbolicLink(at: linked, withDestinationURL: site.site.appendingPathComponent("site.yml"))
        try Data(try Data(contentsOf: cut).prefix(100)).write(to: cut)

        let report = try site.build()
        #expect(report.images == ImageWork(images: 1, processed: 1, made: 2, reused: 4))
        for name in try site.publishedImages() {
            let url = site.output.appendingPathComponent("images/\(name)")
            let type = try FileManager.default.attributesOfItem(atPath: url.path)[.type] as? FileAttributeType
            #expect(type == .typeRegular, "\(name) is a file, not a link")
            #expect(try site.header(name).width > 0, "\(name) is a readable image")
        }
    }

    @Test func photosAreFoundByTheirContentAndOtherFormatsRefused() throws {
        let site = try PhotoSite(pages: ["index.md": "---\ntitle: Home\n---\nHello.\n"])
        defer { site.cleanUp() }
        for name in ["scan.jfif", "IMG_2041", "photo.jpg.bak"] {
            try TestImages.photo(site.image("source.jpg"), width: 300, height: 200)
            try TestImages.tag(site.image("source.jpg"), TestImages.gpsTags)
            try FileManager.default.moveItem(at: site.image("source.jpg"), to: site.image(name))
        }
        try TestImages.photo(site.image("spin.gif"), width: 100, height: 100)
        try TestImages.tag(site.image("spin.gif"), ["-XMP:Creator=Jean Martin", "-XMP-exif:GPSLatitude=48.11"])
        try site.build()
        let published = try site.publishedImages()
        #expect(Set(published) == ["scan.jfif", "IMG_2041", "photo.jpg.bak", "spin.gif"])
        #expect(try TestImages.metadata(of: published.map { site.output.appendingPathComponent("images/\($0)") }) == [:])

        try TestImages.photo(site.image("scan.tif"), width: 100, height: 100)
        #expect(
            site.failingBuild() == [
                "static/images/scan.tif: error: images/scan.tif: not a JPEG, PNG, WebP, HEIC, AVIF or GIF image (it is a TIFF file); sitegen publishes only images whose metadata it can remove: convert it to JPEG or PNG"
            ])
    }

    @Test func aStaticFileNamedLikeAVariantIsAnErrorAtIt() throws {
        let site = try PhotoSite(pages: ["index.md": "---\ntitle: Home\n---\n\n![A](/images/a.jpg)\n"])
        defer { site.cleanUp() }
        try TestImages.photo(site.image("a.jpg"), width: 600, height: 400)
        try site.build()
        let variant = try #require(try site.publishedImages().first { $0.hasPrefix("a-480w.") && $0.hasSuffix(".jpg") })
        try FileManager.default.copyItem(at: site.output.appendingPathComponent("images/\(variant)"), to: site.image(variant))
        #expect(
            site.failingBuild() == [
                "static/images/\(variant): error: this file has the name sitegen gives a smaller copy of images/a.jpg; rename or remove it"
            ])
    }

    struct BadImage: Sendable, CustomTestStringConvertible {
        var name: String
        var file: String
        var make: @Sendable (URL) throws -> Void
        var message: String
        var testDescription: String { name }
    }

    static let badImages: [BadImage] = [
        BadImage(
            name: "truncated JPEG", file: "four.jpg",
            make: { url in
                try TestImages.photo(url, width: 800, height: 600)
                let data = try Data(contentsOf: url)
                try data.prefix(data.count / 2).write(to: url)
            }, message: "images/four.jpg: not a readable image (truncated JPEG data)"),
        BadImage(
            name: "HTML saved as .jpg", file: "four.jpg",
            make: { try Data("<!doctype html><title>Not found</title><p>Sorry".utf8).write(to: $0) },
            message: "images/four.jpg: not a readable image (not a JPEG, PNG, WebP, HEIC or AVIF file)"),
        BadImage(
            name: "PNG decompression bomb", file: "bomb.png",
            make: { try TestImages.pngHeader(width: 30_000, height: 30_000).write(to: $0) },
            message: "images/bomb.png: 30000 x 30000 pixels is more than the 200 megapixels sitegen accepts; resize it"),
        BadImage(
            name: "empty file", file: "four.jpg", make: { try Data().write(to: $0) },
            message: "images/four.jpg: not a readable image (the file is empty)"),
        BadImage(
            name: "TIFF saved as .jpg", file: "four.jpg",
            make: { url in
                let tiff = url.deletingPathExtension().appendingPathExtension("tif")
                try TestImages.photo(tiff, width: 100, height: 100)
                try FileManager.default.moveItem(at: tiff, to: url)
            },
            message:
                "images/four.jpg: not a JPEG, PNG, WebP, HEIC, AVIF or GIF image (it is a TIFF file); sitegen publishes only images whose metadata it can remove: convert it to JPEG or PNG"
        ),
    ]

    @Test(arguments: badImages)
    func aBadImageIsAnErrorAtItsReferenceAndNothingIsLost(_ bad: BadImage) throws {
        let page = "---\ntitle: Home\n---\n\nOur oven:\n\n![The oven](/images/\(bad.file))\n"
        let site = try PhotoSite(pages: ["index.md": "---\ntitle: Home\n---\nNothing yet.\n"])
        defer { site.cleanUp() }
        try TestImages.photo(site.image("good.jpg"), width: 600, height: 400)
        try site.write("---\ntitle: Shop\n---\n![Shop](/images/good.jpg)\n", to: "content/shop.md")
        try site.build()
        let before = try TestSupport.tree(site.output)
        let cacheBefore = try FileListing.live(site.cache, linksWithin: site.cache).files

        try site.write(page, to: "content/index.md")
        try bad.make(site.image(bad.file))
        #expect(site.failingBuild() == ["content/index.md:7:1: error: \(bad.message)"])
        #expect(try TestSupport.tree(site.output) == before, "the previous site stays as it was")
        let cacheAfter = try FileListing.live(site.cache, linksWithin: site.cache).files
        #expect(cacheAfter.filter { !$0.hasSuffix("index.json") } == cacheBefore.filter { !$0.hasSuffix("index.json") })
        let index = try JSONDecoder().decode(ImageIndex.self, from: Data(contentsOf: site.cache.appendingPathComponent("index.json")))
        #expect(index.files["images/\(bad.file)"] == nil, "the cache keeps no record of a broken image")
    }

    @Test func aBadImageThatNoPageUsesIsAnErrorAtTheFile() throws {
        let site = try PhotoSite(pages: ["index.md": "---\ntitle: Home\n---\nHello.\n"])
        defer { site.cleanUp() }
        try Data("not an image".utf8).write(to: site.image("notes.png"))
        #expect(
            site.failingBuild() == [
                "static/images/notes.png: error: images/notes.png: not a readable image (not a JPEG, PNG, WebP, HEIC or AVIF file)"
            ])
    }
}

import Foundation
import Testing

@testable import SiteGen

/// The small parts of the photo pipeline, on their own.
@Suite("Images: parts")
struct ImagePartsTests {
    static func image(width: Int, height: Int) -> ResponsiveImage {
        ResponsiveImage(
            path: "images/oven.jpg",
            entry: ImageCatalog.Entry(
                hash: String(repeating: "a", count: 64), header: ImageHeader(width: width, height: height, hasAlpha: false, format: .jpeg)))
    }

    @Test(arguments: [
        (4032, [480, 960, 1440, 1920]), (1920, [480, 960, 1440, 1920]), (1000, [480, 960]), (1200, [480, 960, 1200]),
        (600, [480, 600]), (500, [480]), (300, [300]),
    ])
    func widthsNeverExceedTheOriginal(_ example: (width: Int, widths: [Int])) {
        #expect(Self.image(width: example.width, height: 1000).widths == example.widths)
    }

    @Test func variantNamesCarryTheContentAndKeepTheFolder() {
        let image = Self.image(width: 2000, height: 1500)
        let name = image.path(of: .variant(width: 960, format: .avif))
        #expect(name.wholeMatch(of: /images\/oven-960w\.[0-9a-f]{10}\.avif/) != nil, "\(name)")
        #expect(image.path(of: .social).hasSuffix(".jpg") && image.path(of: .social).hasPrefix("images/oven-og."))
        #expect(image.path(of: .original) == "images/oven.jpg")
        #expect(image.height(atWidth: 960) == 720)
        let other = ResponsiveImage(
            path: "images/oven.jpg",
            entry: ImageCatalog.Entry(hash: String(repeating: "b", count: 64), header: image.header))
        #expect(other.tag != image.tag, "a changed photo gets new addresses")
    }

    @Test func pictureAddressesAreEncodedForSrcset() {
        let address = PictureMarkup.address("images/pain, beurre.jpg", baseURL: BaseURL("https://shop.example/boutique/")!)
        #expect(address == "/boutique/images/pain%2C%20beurre.jpg")
    }

    @Test func referencesToOriginalsAreFoundInHTMLAndCSS() {
        let references = ImageReferences(
            candidates: ["images/oven.jpg", "images/shop front.png", "news/photo.webp", "logo.png"],
            baseURL: BaseURL("https://shop.example/")!)
        let html = """
            <a href="/images/oven.jpg">full size</a>
            <img src="photo.webp" alt="">
            <img src="/images/oven-960w.0123456789.jpg">
            <a href='https://shop.example/images/shop%20front.png?v=2'>x</a>
            <a href="https://other.example/logo.png">theirs</a>
            """
        #expect(references.scan(html, sitePath: "/news/") == ["images/oven.jpg", "news/photo.webp", "images/shop front.png"])
        #expect(references.scan("body { background: url(../logo.png) }", sitePath: "/css/style.css") == ["logo.png"])
        #expect(references.scan("<p>photo.jpeg and .png files</p>", sitePath: "/") == [])
    }

    @Test(
        arguments: [
            (#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 400" width="300" height="200">"#, VectorSize(width: 600, height: 400)),
            (#"<?xml version="1.0"?><svg width="120px" height="80">"#, VectorSize(width: 120, height: 80)),
            (#"<svg viewBox="0,0,48.4,24.6">"#, VectorSize(width: 48, height: 25)),
            (#"<svg width="100%" height="100%">"#, nil),
            (#"<svg viewBox="0 0 0 10">"#, nil),
            ("not svg at all", nil),
        ] as [(String, VectorSize?)])
    func drawingsAreSizedByTheirViewBox(_ example: (svg: String, size: VectorSize?)) {
        #expect(VectorSize.read(Array(example.svg.utf8)) == example.size)
    }

    @Test func webPMetadataChunksAreRemoved() throws {
        func chunk(_ fourCC: String, _ body: [UInt8]) -> [UInt8] {
            let size = UInt32(body.count)
            return Array(fourCC.utf8) + [UInt8(size & 0xFF), UInt8(size >> 8 & 0xFF), UInt8(size >> 16 & 0xFF), UInt8(size >> 24)] + body
                + (body.count % 2 == 1 ? [0] : [])
        }
        let vp8x = chunk("VP8X", [0x0C, 0, 0, 0, 9, 0, 0, 9, 0, 0])
        let image = chunk("VP8 ", [1, 2, 3, 4, 5])
        let body = vp8x + image + chunk("EXIF", Array("Exif GPS".utf8)) + chunk("XMP ", Array("<x/>".utf8))
        let size = UInt32(4 + body.count)
        let file = Data(Array("RIFF".utf8) + [UInt8(size & 0xFF), UInt8(size >> 8 & 0xFF), 0, 0] + Array("WEBP".utf8) + body)
        let stripped = try #require(WebPMetadata.stripped(file))
        let expectedBody = chunk("VP8X", [0x00, 0, 0, 0, 9, 0, 0, 9, 0, 0]) + image
        let expectedSize = UInt32(4 + expectedBody.count)
        #expect(stripped == Data(Array("RIFF".utf8) + [UInt8(expectedSize), 0, 0, 0] + Array("WEBP".utf8) + expectedBody))
        #expect(WebPMetadata.stripped(Data("RIFF0000WEBPVP8 \u{FF}\u{FF}".utf8)) == nil, "a chunk longer than the file is refused")
        #expect(WebPMetadata.stripped(Data("GIF89a".utf8)) == nil)
    }

    @Test func libvipsMessagesBecomePlainWords() {
        #expect(VipsImaging.plainWords("VipsJpeg: Premature end of input file\nVipsJpeg: out of order read at line 48\n") == "truncated JPEG data")
        #expect(VipsImaging.plainWords("VipsForeignLoad: buffer is not in a known format\n") == "not a JPEG, PNG, WebP, HEIC or AVIF file")
        #expect(VipsImaging.plainWords("heifload: Invalid input: Unsupported feature\n") == "damaged or truncated HEIF data")
    }
}

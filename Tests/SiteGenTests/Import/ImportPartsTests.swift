import Foundation
import Testing

@testable import SiteGen
@testable import SiteGenImport

/// The small parts of `sitegen import`, each on the cases that broke other importers.
@Suite("Import: parts")
struct ImportPartsTests {
    @Test func metaTextIsRepairedOnlyWhenItSpellsUTF8() {
        #expect(MetaText.repaired("Summer menu \u{f0}\u{9f}\u{8d}\u{93}") == "Summer menu 🍓")
        #expect(MetaText.repaired("Nouveaut\u{c3}\u{a9}") == "Nouveauté")
        // Already correct text, and real Latin-1 that is no UTF-8, stay as they are.
        #expect(MetaText.repaired("Nouveauté 🍓") == "Nouveauté 🍓")
        #expect(MetaText.repaired("caf\u{e9} ") == "caf\u{e9} ")
        #expect(MetaText.repaired("plain") == "plain")
    }

    @Test func socialTextIsEscapedLinkedAndBrokenIntoLines() {
        #expect(SocialText.markdown("*not bold* _nor this_ [x](y) <b>") == "\\*not bold\\* \\_nor this\\_ \\[x\\](y) \\<b>")
        #expect(
            SocialText.markdown("1. not a list\n- nor this\n# nor a heading\n#tag stays")
                == "1\\. not a list\\\n\\- nor this\\\n\\# nor a heading\\\n#tag stays")
        #expect(SocialText.markdown("see https://bakery.example/menu.") == "see [https://bakery.example/menu](<https://bakery.example/menu>).")
        #expect(SocialText.markdown("thanks @mill") { "https://x.com/\($0)" } == "thanks [@mill](<https://x.com/mill>)")
        #expect(SocialText.markdown("one\n\n\ntwo") == "one\n\ntwo")
        #expect(SocialText.markdown("bread & butter &amp;") == "bread & butter \\&amp;")
    }

    @Test func aTitleIsTheFirstSentenceCutAtAWord() {
        let date = Date(timeIntervalSince1970: 1_714_813_920)
        #expect(PostTitle.make(from: "Fresh rye today! More tomorrow.", published: date, language: "en") == "Fresh rye today!")
        #expect(PostTitle.make(from: "Summer menu 🍓 #bakery #summer", published: date, language: "en") == "Summer menu 🍓")
        #expect(PostTitle.make(from: "First line\nsecond line", published: date, language: "en") == "First line")
        #expect(PostTitle.make(from: "First bake in the new oven 🔥 Thank you all", published: date, language: "en") == "First bake in the new oven 🔥")
        #expect(PostTitle.make(from: "Hot 🔥 bread", published: date, language: "en") == "Hot 🔥 bread")
        let long = PostTitle.make(from: String(repeating: "word ", count: 40), published: date, language: "en")
        #expect(long.count <= PostTitle.maximumLength + 1 && long.hasSuffix("word…"))
        #expect(PostTitle.make(from: "https://only.example/link", published: date, language: "fr") == "Publication du 4 mai 2024")
        #expect(PostTitle.make(from: "", published: date, language: "en") == "Post of May 4, 2024")
    }

    @Test func entryNamesThatLeaveTheExportAreRefused() {
        #expect(ExportPath.check("media/posts/a.jpg") == .file("media/posts/a.jpg"))
        #expect(ExportPath.check("./media//a.jpg") == .file("media/a.jpg"))
        #expect(ExportPath.check("folder\\a.jpg") == .file("folder/a.jpg"))
        for escaping in ["../evil", "media/../../evil", "/etc/passwd", "\\evil", "C:/evil", "c:\\evil", "a/..\\..\\evil"] {
            #expect(ExportPath.check(escaping) == .escapes, "\(escaping)")
        }
        #expect(ExportPath.check("") == .unreadable("has an empty name"))
    }

    @Test func aJPEGLosesItsMetadataButKeepsItsPixelsAndOrientation() throws {
        let folder = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(folder) }
        let photo = folder.appendingPathComponent("phone.jpg")
        try TestImages.photo(photo, width: 64, height: 48)
        try TestImages.tag(photo, TestImages.gpsTags + ["-Orientation#=6", "-XMP:Creator=Jean", "-IPTC:Keywords=bakery", "-Comment=secret"])
        let original = try Data(contentsOf: photo)
        let stripped = try #require(JPEGMetadata.stripped(original))
        let cleaned = folder.appendingPathComponent("clean.jpg")
        try stripped.write(to: cleaned)
        #expect(try TestImages.metadata(of: [cleaned]) == ["clean.jpg": ["IFD0:Orientation"]])
        // The compressed picture is the same bytes: nothing was re-encoded.
        let scan = { (data: Data) in data[data.range(of: Data([0xFF, 0xDA]))!.lowerBound...] }
        #expect(scan(stripped) == scan(original))
        #expect(try TestImages.tool("vipsheader", ["-f", "width", cleaned.path]).hasPrefix("64"))
        // Not a JPEG, or cut short: nil, so the caller re-encodes or refuses.
        #expect(JPEGMetadata.stripped(Data("GIF89a".utf8)) == nil)
        #expect(JPEGMetadata.stripped(original.prefix(original.count / 2)) == nil)
    }

    @Test func aVideoLosesItsPositionWithoutMovingAByte() throws {
        let folder = TestSupport.temporaryDirectory()
        defer { TestSupport.cleanUp(folder) }
        let video = folder.appendingPathComponent("clip.mp4")
        let original = ExportFixtures.mp4()
        try original.write(to: video)
        #expect(VideoMetadata.strip(fileAt: video.path))
        let stripped = try Data(contentsOf: video)
        #expect(stripped.count == original.count)
        #expect(stripped.range(of: Data("+48.1147".utf8)) == nil)
        #expect(stripped.range(of: Data("udta".utf8)) == nil)
        #expect(stripped.range(of: Data("mdat".utf8)) == original.range(of: Data("mdat".utf8)))
        let text = folder.appendingPathComponent("not.mp4")
        try Data("not a video at all".utf8).write(to: text)
        #expect(!VideoMetadata.strip(fileAt: text.path))
    }

    @Test func wordPressDatesKeepTheirOffset() throws {
        var item = WordPressItem()
        item.postDate = "2024-06-01 09:00:00"
        item.postDateGMT = "2024-06-01 07:00:00"
        let (date, offset) = try #require(WordPressExport.date(item))
        #expect(offset == 120)
        #expect(PostPage.rfc3339(date, offsetMinutes: offset) == "2024-06-01T09:00:00+02:00")
        item.postDateGMT = "0000-00-00 00:00:00"
        let (draftDate, draftOffset) = try #require(WordPressExport.date(item))
        #expect(draftOffset == 0 && PostPage.rfc3339(draftDate, offsetMinutes: 0) == "2024-06-01T09:00:00Z")
        #expect(
            WordPressExport.withoutSizeSuffix("https://b.example/wp-content/uploads/tart-300x200.jpg")
                == "https://b.example/wp-content/uploads/tart.jpg")
        #expect(WordPressExport.withoutSizeSuffix("https://b.example/x/my-tart.jpg") == "https://b.example/x/my-tart.jpg")
    }

    @Test func theImporterRecognisesItsOwnPages() {
        let page =
            "---\ntitle: \"x\"\nimported_from:\n  platform: mastodon\n  id: \"https://s.example/users/a/statuses/1\"\ntags:\n  - \"a\"\n---\n\nText\n"
        #expect(SectionContents.importedKey(in: Data(page.utf8)) == "mastodon:https://s.example/users/a/statuses/1")
        #expect(SectionContents.importedKey(in: Data("---\ntitle: x\n---\nimported_from:\n  platform: x\n  id: 1\n".utf8)) == nil)
        #expect(SectionContents.slug(ofFileName: "2024-05-04-fresh-rye.md") == "fresh-rye")
        #expect(ImportChoice.unique("fresh-rye", taken: ["fresh-rye", "fresh-rye-2"]) == "fresh-rye-3")
    }

    @Test func sizesReadAsPeopleWriteThem() {
        #expect(ByteCount.text(48_213_000) == "48 MB")
        #expect(ByteCount.text(1_200_000_000) == "1.2 GB")
        #expect(ByteCount.text(900) == "900 bytes")
    }
}

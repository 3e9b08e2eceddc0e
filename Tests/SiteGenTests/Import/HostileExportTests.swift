import Foundation
import Synchronization
import Testing

@testable import SiteGenImport

/// Exports made to hurt: names that leave the archive, links, bombs,
/// duplicate and unreadable names, cut downloads, posts files nested or
/// sized to exhaust the parser. Each is refused with a message that names
/// the archive and the reason, or has its bad entry passed over with a
/// reason; nothing is ever written outside the site, and nothing in it when
/// the import is refused.
@Suite("Import: hostile exports")
final class HostileExportTests {
    /// Holds the site, a sentinel folder beside it, and the exports.
    let root: URL
    let site: URL
    let sentinel: URL
    /// Files elsewhere on the disk that links in an export point at.
    let elsewhere: URL
    let exports: URL
    /// A name no other test uses, for the files a zip slip would write.
    let evil: String
    let sentinelBefore: [String: String]

    init() throws {
        root = TestSupport.temporaryDirectory()
        site = root.appendingPathComponent("site")
        sentinel = root.appendingPathComponent("sentinel")
        elsewhere = root.appendingPathComponent("elsewhere")
        exports = root.appendingPathComponent("exports")
        evil = "sitegen-evil-\(UUID().uuidString)"
        for folder in [site.appendingPathComponent("content"), sentinel, elsewhere, exports] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        try Data("name: Test\nurl: https://example.com\nlanguage: en\n".utf8).write(to: site.appendingPathComponent("site.yml"))
        try Data().write(to: site.appendingPathComponent("content/index.md"))
        try Data("keep me\n".utf8).write(to: sentinel.appendingPathComponent("keep.txt"))
        sentinelBefore = try Self.listing(sentinel)
    }

    deinit {
        TestSupport.cleanUp(root)
        try? FileManager.default.removeItem(atPath: "/tmp/" + evil)
    }

    // MARK: - Names that leave the archive

    static let escapingNames = [
        "../EVIL", "../../../../../../../../../tmp/EVIL", "/tmp/EVIL", "..\\EVIL", "media\\..\\..\\EVIL", "C:/EVIL", "C:\\EVIL",
        "media/posts/../../../EVIL", "//tmp/EVIL",
    ]

    /// A zip slip refuses the whole archive, even when the entry comes last
    /// after a valid export, and even though sitegen never unpacks to disk.
    @Test(arguments: escapingNames)
    func aZipSlipRefusesTheArchive(_ template: String) throws {
        let name = template.replacingOccurrences(of: "EVIL", with: evil)
        let zip = try archive(ExportArchive.instagram() + [.file(name, "owned\n")])
        let error = try refusal([zip])
        guard case .escapingEntry(let archiveName, let entry) = error else {
            Issue.record("expected a zip slip refusal, got \(error)")
            return
        }
        #expect(archiveName == "export.zip")
        #expect(entry.contains(evil))
        #expect(error.description.contains("export.zip") && error.description.contains("zip slip"))
        #expect(error.description.contains("Nothing was imported"))
    }

    @Test(arguments: ["../EVIL", "/tmp/EVIL", "media/../../EVIL"], [ExportArchive.Format.tar, .tarGzip])
    func aTarSlipRefusesTheArchive(_ template: String, _ format: ExportArchive.Format) throws {
        let name = template.replacingOccurrences(of: "EVIL", with: evil)
        let tar = try archive(ExportArchive.instagram() + [.file(name, "owned\n")], "export.\(format.rawValue)", as: format)
        let error = try refusal([tar])
        #expect(error == .escapingEntry("export.\(format.rawValue)", entry: name))
    }

    /// One part of a split export is enough to refuse them all.
    @Test func aZipSlipInTheSecondPartOfASplitExportRefusesTheWhole() throws {
        let first = try archive(ExportArchive.instagram(), "part-1.zip")
        let second = try archive([.file("../" + evil, "owned\n")], "part-2.zip")
        let error = try refusal([first, second])
        #expect(error == .escapingEntry("part-2.zip", entry: "../" + evil))
    }

    // MARK: - Links

    /// A symbolic link named like a photo the posts show: the post comes in
    /// without it, the photo is reported missing, and the link's target is
    /// never read.
    @Test(arguments: [ExportArchive.Format.zip, .tar, .tarGzip])
    func aLinkNamedLikeAPhotoIsPassedOver(_ format: ExportArchive.Format) throws {
        let photo = "media/posts/202405/rye.jpg"
        let entries = try ExportArchive.instagram(without: [photo]) + [.symlink(photo, to: "/etc/passwd")]
        let path = try archive(entries, "export.\(format.rawValue)", as: format)

        let passedOver = try passOvers(path)
        #expect(passedOver == [photo: "a link or special file, never followed"])

        let summary = try imported([path])
        #expect(summary.posts.count == 3)
        #expect(summary.photos == 2)
        #expect(summary.missingMedia == ["\(photo): not in the export"])
        let rye = try #require(pages().first { $0.value.contains("Fresh rye") })
        #expect(!rye.value.contains("image:"), "the post whose photo was a link has no photo")
        try expectNoPasswordFile()
    }

    /// A link to a folder outside, then a file "inside" that folder: an
    /// unpacker that writes as it reads would follow the link; sitegen
    /// writes nothing where the archive says.
    @Test func aFileBehindALinkedFolderLandsNowhereOutside() throws {
        let entries =
            try ExportArchive.instagram() + [
                .symlink("media/outside", to: sentinel.path), .file("media/outside/planted.txt", "owned\n"),
            ]
        let summary = try imported([try archive(entries, "export.tar", as: .tar)])
        #expect(summary.posts.count == 3)
        #expect(try Self.listing(sentinel) == sentinelBefore)
    }

    /// A hard link to a file outside the archive refuses it, like a zip slip.
    @Test func aHardLinkToAFileOutsideRefusesTheArchive() throws {
        let photo = "media/posts/202405/rye.jpg"
        let entries = try ExportArchive.instagram(without: [photo]) + [.hardlink(photo, to: "/etc/passwd")]
        let error = try refusal([try archive(entries, "export.tar", as: .tar)])
        #expect(error == .escapingEntry("export.tar", entry: photo))
        try expectNoPasswordFile()
    }

    /// A hard link to another entry is passed over: its bytes are not read twice under two names.
    @Test func aHardLinkInsideTheArchiveIsPassedOver() throws {
        let photo = "media/posts/202405/rye.jpg"
        let entries = try ExportArchive.instagram(without: [photo]) + [.hardlink(photo, to: ExportArchive.postsPath)]
        let path = try archive(entries, "export.tar.gz", as: .tarGzip)
        #expect(try passOvers(path) == [photo: "a link or special file, never followed"])
        let summary = try imported([path])
        #expect(summary.posts.count == 3)
        #expect(summary.missingMedia == ["\(photo): not in the export"])
    }

    /// An unpacked export whose `media` folder is a link to a folder
    /// elsewhere on the disk: never followed, its photos are missing.
    @Test func aLinkedFolderInAnUnpackedExportIsNeverFollowed() throws {
        let folder = exports.appendingPathComponent("unpacked")
        try ExportArchive.unpack(try ExportArchive.instagram(without: Set(ExportArchive.bakeryPosts.flatMap(\.media))), into: folder)
        // The photos the posts name, outside the export.
        let photos = elsewhere.appendingPathComponent("posts/202405")
        try FileManager.default.createDirectory(at: photos, withIntermediateDirectories: true)
        for name in ["rye.jpg", "croissant.jpg", "sign.jpg"] {
            try ExportArchive.smallJPEG().write(to: photos.appendingPathComponent(name))
        }
        let outsideBefore = try Self.listing(elsewhere)
        try ExportArchive.unpack([.symlink("media", to: elsewhere.path)], into: folder)

        #expect(try passOvers(folder.path) == ["media": "a link or special file, never followed"])
        let summary = try imported([folder.path])
        #expect(summary.posts.count == 3)
        #expect(summary.photos == 0)
        #expect(summary.missingMedia.count == 3)
        #expect(try Self.listing(elsewhere) == outsideBefore)
    }

    /// An unpacked export whose posts file is a link: not read, so no posts are found.
    @Test func aLinkedPostsFileInAnUnpackedExportIsNotRead() throws {
        let folder = exports.appendingPathComponent("unpacked")
        let outside = elsewhere.appendingPathComponent("posts_1.json")
        try ExportArchive.postsJSON(ExportArchive.bakeryPosts).write(to: outside)
        try ExportArchive.unpack([.symlink(ExportArchive.postsPath, to: outside.path)], into: folder)
        let error = try refusal([folder.path])
        guard case .postsNotFound(.instagram, _, _) = error else {
            Issue.record("expected no posts found, got \(error)")
            return
        }
    }

    // MARK: - Names

    /// Two files of one name: sitegen does not guess which is the real one.
    @Test(arguments: [ExportArchive.Format.zip, .tar, .tarGzip])
    func twoPostsFilesOfOneNameAreRefused(_ format: ExportArchive.Format) throws {
        let other = ExportArchive.postsJSON([ExportArchive.Post(caption: "Impostor", timestamp: 1_716_000_000, media: [])])
        let entries = try ExportArchive.instagram() + [.file(ExportArchive.postsPath, other)]
        let error = try refusal([try archive(entries, "export.\(format.rawValue)", as: format)])
        #expect(error == .duplicateEntry(ExportArchive.postsPath))
        #expect(error.description.contains("two files named \(ExportArchive.postsPath)"))
    }

    @Test func thePostsFileInTwoPartsOfASplitExportIsRefused() throws {
        let first = try archive(ExportArchive.instagram(), "part-1.zip")
        let second = try archive([.file(ExportArchive.postsPath, ExportArchive.postsJSON([]))], "part-2.zip")
        #expect(try refusal([first, second]) == .duplicateEntry(ExportArchive.postsPath))
    }

    /// A photo the export holds twice, with other bytes the second time:
    /// refused like a posts file, rather than publishing whichever came first.
    @Test(arguments: [ExportArchive.Format.zip, .tar])
    func twoPhotosOfOneNameAreRefused(_ format: ExportArchive.Format) throws {
        let photo = "media/posts/202405/rye.jpg"
        let entries = try ExportArchive.instagram() + [.file(photo, "another photo")]
        let error = try refusal([try archive(entries, "export.\(format.rawValue)", as: format)])
        #expect(error == .duplicateEntry(photo))
    }

    @Test func aPhotoInTwoPartsOfASplitExportIsRefused() throws {
        let photo = "media/posts/202405/rye.jpg"
        let first = try archive(ExportArchive.instagram(), "part-1.zip")
        let second = try archive([.file(photo, try ExportArchive.smallJPEG())], "part-2.zip")
        #expect(try refusal([first, second]) == .duplicateEntry(photo))
    }

    /// The name of a refused entry is shown without the control characters
    /// that would let it retitle or clear the owner's terminal.
    @Test func aRefusedNameIsShownWithoutControlCharacters() throws {
        let name = "../\u{1B}]0;owned\u{07}\u{1B}[2J" + evil
        let error = try refusal([try archive(try ExportArchive.instagram() + [.file(name, "owned\n")])])
        #expect(error == .escapingEntry("export.zip", entry: "../\\u{1B}]0;owned\\u{7}\\u{1B}[2J" + evil))
        #expect(!error.description.unicodeScalars.contains { $0.properties.generalCategory == .control })
    }

    /// A name with control characters that stays inside the archive is passed over.
    @Test func aNameWithControlCharactersIsPassedOver() throws {
        let name = "media/posts/202405/\u{1B}[2Jrye.jpg"
        let path = try archive(try ExportArchive.instagram() + [.file(name, "x")], "export.tar", as: .tar)
        #expect(try passOvers(path) == ["media/posts/202405/\\u{1B}[2Jrye.jpg": "contains control characters"])
        #expect(try imported([path]).photos == 3)
    }

    /// A name of bytes that are no UTF-8 text (Latin-1 "café", the zip's
    /// UTF-8 flag unset, or raw bytes in a tar) is passed over with the reason.
    @Test(arguments: [ExportArchive.Format.zip, .tar])
    func aNameThatIsNotTextIsPassedOver(_ format: ExportArchive.Format) throws {
        let raw = Array("media/posts/202405/caf".utf8) + [0xE9, 0xFF] + Array(".jpg".utf8)
        let entries = try ExportArchive.instagram() + [ExportArchive.Entry(name: raw, content: .bytes(try ExportArchive.smallJPEG()))]
        let path = try archive(entries, "export.\(format.rawValue)", as: format)
        let passed = try passOvers(path)
        #expect(passed == ["(a name that is not UTF-8 text)": "its name cannot be read as text"])
        let summary = try imported([path])
        #expect(summary.posts.count == 3 && summary.photos == 3)
    }

    // MARK: - Damaged archives

    @Test(arguments: [0.3, 0.6, 0.95])
    func aCutZipIsDamaged(_ share: Double) throws {
        let zip = try archive(ExportArchive.instagram())
        try ExportArchive.truncate(URL(fileURLWithPath: zip), keeping: share)
        try expectDamaged(try refusal([zip]), "export.zip")
    }

    @Test(arguments: [0.3, 0.6, 0.95])
    func aCutTarGzIsDamaged(_ share: Double) throws {
        let tar = try archive(ExportArchive.instagram(), "export.tar.gz", as: .tarGzip)
        try ExportArchive.truncate(URL(fileURLWithPath: tar), keeping: share)
        try expectDamaged(try refusal([tar]), "export.tar.gz")
    }

    /// A tar cut in the middle of an entry (not on a 512-byte block).
    @Test func aCutTarIsDamaged() throws {
        let tar = try archive(ExportArchive.instagram(), "export.tar", as: .tar)
        let size = try Data(contentsOf: URL(fileURLWithPath: tar)).count
        try ExportArchive.truncate(URL(fileURLWithPath: tar), toBytes: size * 6 / 10 / 512 * 512 + 100)
        try expectDamaged(try refusal([tar]), "export.tar")
    }

    @Test func aTextFileNamedZipIsNotAnExport() throws {
        let path = exports.appendingPathComponent("export.zip")
        try Data("These are not the posts you are looking for.\n".utf8).write(to: path)
        let error = try refusal([path.path])
        guard case .notAnExport("export.zip", _) = error else {
            Issue.record("expected not an export, got \(error)")
            return
        }
        #expect(error.description.contains("not an archive sitegen can read"))
    }

    /// A gzipped posts file is compressed, but no archive: not "damaged".
    @Test func aGzippedTextIsNotAnExport() throws {
        let text = exports.appendingPathComponent("posts_1.json")
        try ExportArchive.postsJSON(ExportArchive.bakeryPosts).write(to: text)
        try TestImages.tool("gzip", ["-k", text.path])
        let error = try refusal([text.path + ".gz"])
        guard case .notAnExport("posts_1.json.gz", _) = error else {
            Issue.record("expected not an export, got \(error)")
            return
        }
    }

    @Test func anEmptyFileIsNotAnExport() throws {
        let path = exports.appendingPathComponent("export.zip")
        try Data().write(to: path)
        let error = try refusal([path.path])
        guard case .notAnExport("export.zip", _) = error else {
            Issue.record("expected not an export, got \(error)")
            return
        }
    }

    /// A zip with no entries at all is an archive without posts.
    @Test func anEmptyZipHoldsNoPosts() throws {
        let error = try refusal([try archive([])])
        guard case .postsNotFound(.instagram, let tried, _) = error else {
            Issue.record("expected no posts found, got \(error)")
            return
        }
        #expect(tried.contains(ExportArchive.postsPath))
    }

    @Test func aMissingExportIsSaidToBeMissing() throws {
        let path = exports.appendingPathComponent("nowhere.zip").path
        let error = try refusal([path])
        #expect(error == .exportMissing(path))
        #expect(error.description.contains("no such file or folder"))
    }

    // MARK: - Bombs

    /// Zeros deflate about a thousand to one: refused for the ratio before
    /// a byte is inflated, by the size the zip declares.
    @Test(arguments: [ExportArchive.Format.zip, .tarGzip])
    func aBombIsRefusedByItsRatio(_ format: ExportArchive.Format) throws {
        let entries = try ExportArchive.instagram() + [.zeros("media/posts/202405/huge.jpg", count: 32 << 20)]
        let path = try archive(entries, "export.\(format.rawValue)", as: format)
        var limits = ExportLimits()
        limits.ratioFloorBytes = 1 << 20
        let error = try refusal([path], limits: limits)
        guard case .bomb("export.\(format.rawValue)", let produced, let archiveBytes, 100) = error else {
            Issue.record("expected a bomb, got \(error)")
            return
        }
        #expect(produced > 100 * archiveBytes)
        #expect(error.description.contains("zip bomb"))
    }

    /// The same, refused for its total when the ratio would let it pass.
    @Test(arguments: [ExportArchive.Format.zip, .tarGzip])
    func aBombIsRefusedByItsTotal(_ format: ExportArchive.Format) throws {
        let entries = try ExportArchive.instagram() + [.zeros("media/posts/202405/huge.jpg", count: 32 << 20)]
        let path = try archive(entries, "export.\(format.rawValue)", as: format)
        var limits = ExportLimits()
        limits.maximumRatio = 1_000_000
        limits.maximumTotalBytes = 16 << 20
        let error = try refusal([path], limits: limits)
        #expect(error == .tooLarge("export.\(format.rawValue)", limit: 16 << 20))
        #expect(error.description.contains("--max-size"))
    }

    /// Many entries each small enough to pass on its declared size: the
    /// bytes a tar.gz produces as it is read are counted and refused.
    @Test func aGzipBombOfManySmallEntriesIsRefusedAsItIsRead() throws {
        let zeros = (1...48).map { ExportArchive.Entry.zeros("logs/\($0).log", count: 1 << 20) }
        let path = try archive(try ExportArchive.instagram() + zeros, "export.tar.gz", as: .tarGzip)
        var limits = ExportLimits()
        limits.ratioFloorBytes = 4 << 20
        let error = try refusal([path], limits: limits)
        guard case .bomb("export.tar.gz", let produced, _, 100) = error else {
            Issue.record("expected a bomb, got \(error)")
            return
        }
        #expect(produced > 4 << 20 && produced < 48 << 20, "refused part-way, at \(produced) bytes")
    }

    /// With the limits `sitegen import` uses: 300 MB of zeros in a zip of
    /// about 300 KB.
    @Test func aZipBombIsRefusedWithTheDefaultLimits() throws {
        let entries = try ExportArchive.instagram() + [.zeros("media/posts/202405/huge.jpg", count: 300 << 20)]
        let error = try refusal([try archive(entries)])
        guard case .bomb("export.zip", _, _, _) = error else {
            Issue.record("expected a bomb, got \(error)")
            return
        }
    }

    @Test func tooManyEntriesAreRefused() throws {
        let entries = try ExportArchive.instagram() + (1...20).map { ExportArchive.Entry.file("logs/\($0).txt", "x") }
        var limits = ExportLimits()
        limits.maximumEntries = 10
        #expect(try refusal([try archive(entries)], limits: limits) == .tooManyEntries("export.zip", limit: 10))
    }

    // MARK: - Posts files

    /// 10,000 nested arrays must not overflow the stack of the parser.
    @Test(arguments: [("[", "", "]"), ("{\"a\":", "null", "}"), ("[{\"media\":", "[]", "}]")])
    func aPostsFileNestedTenThousandDeepIsRefused(_ opening: String, _ middle: String, _ closing: String) throws {
        let deep = String(repeating: opening, count: 10_000) + middle + String(repeating: closing, count: 10_000)
        let zip = try archive(
            try ExportArchive.instagram().filter { $0.name != Array(ExportArchive.postsPath.utf8) } + [
                .file(ExportArchive.postsPath, deep)
            ])
        let error = try refusal([zip])
        guard case .invalidDocument(ExportArchive.postsPath, let detail) = error else {
            Issue.record("expected an invalid document, got \(error)")
            return
        }
        #expect(detail.contains("nested"))
    }

    /// Brackets inside strings are text, not nesting: such a file is read.
    @Test func bracketsInACaptionAreNotNesting() throws {
        let caption = String(repeating: "[{", count: 5_000) + " bread"
        let posts = [ExportArchive.Post(caption: caption, timestamp: 1_714_800_000, media: ["media/posts/202405/rye.jpg"])]
        let summary = try imported([try archive(try ExportArchive.instagram(posts))])
        #expect(summary.posts.count == 1)
    }

    @Test(arguments: [ExportArchive.Format.zip, .tarGzip])
    func aPostsFileOverTheLimitIsRefused(_ format: ExportArchive.Format) throws {
        let padding = String(repeating: " ", count: 2 << 20)
        let posts = String(decoding: ExportArchive.postsJSON(ExportArchive.bakeryPosts), as: UTF8.self) + padding
        let entries =
            try ExportArchive.instagram().filter { $0.name != Array(ExportArchive.postsPath.utf8) } + [
                .file(ExportArchive.postsPath, posts)
            ]
        var limits = ExportLimits()
        limits.maximumDocumentBytes = 1 << 20
        let error = try refusal([try archive(entries, "export.\(format.rawValue)", as: format)], limits: limits)
        guard case .documentTooLarge(ExportArchive.postsPath, let size, 1 << 20) = error else {
            Issue.record("expected a document too large, got \(error)")
            return
        }
        #expect(size > 1 << 20)
    }

    @Test func aPostsFileOverTheLimitInAnUnpackedExportIsRefused() throws {
        let folder = exports.appendingPathComponent("unpacked")
        try ExportArchive.unpack(try ExportArchive.instagram(), into: folder)
        var limits = ExportLimits()
        limits.maximumDocumentBytes = 64
        let error = try refusal([folder.path], limits: limits)
        guard case .documentTooLarge(ExportArchive.postsPath, _, 64) = error else {
            Issue.record("expected a document too large, got \(error)")
            return
        }
    }

    /// An object where the posts file has an array: no crash, no page.
    @Test func aPostsFileOfTheWrongShapeImportsNothing() throws {
        let entries =
            try ExportArchive.instagram().filter { $0.name != Array(ExportArchive.postsPath.utf8) } + [
                .file(ExportArchive.postsPath, #"{"media": [{"uri": "media/posts/202405/rye.jpg", "creation_timestamp": 1714800000}]}"#)
            ]
        let summary = try imported([try archive(entries)])
        #expect(summary.posts.isEmpty)
        #expect(try pages().isEmpty)
    }

    // MARK: - Two imports at once

    /// The lock in `.sitegen/imports.lock`: two imports of one export into
    /// one site, on two threads, bring each post once.
    @Test func twoImportsAtOnceBringEachPostOnce() throws {
        let zip = try archive(try ExportArchive.instagram())
        let run = ImportRun(options: options([zip], ExportLimits()))
        let results = Mutex<[Result<ImportSummary, any Error>]>([])
        DispatchQueue.concurrentPerform(iterations: 2) { _ in
            let result = Result { try run.run() }
            results.withLock { $0.append(result) }
        }
        let summaries = try results.withLock { try $0.map { try $0.get() } }
        #expect(summaries.map(\.posts.count).reduce(0, +) == 3)
        #expect(summaries.map(\.duplicates).reduce(0, +) == 3)
        let pages = try pages()
        #expect(pages.count == 3)
        let ids = pages.values.compactMap { text in text.split(separator: "\n").first { $0.hasPrefix("  id: ") } }
        #expect(Set(ids).count == 3)
        let photos = try FileManager.default.contentsOfDirectory(atPath: site.path + "/static/posts")
        #expect(photos.count == 3)
    }

    // MARK: - Helpers

    /// Writes an archive among the exports and returns its path.
    private func archive(_ entries: [ExportArchive.Entry], _ name: String = "export.zip", as format: ExportArchive.Format = .zip) throws
        -> String
    {
        let url = exports.appendingPathComponent(name)
        try ExportArchive.write(entries, to: url, as: format)
        return url.path
    }

    private func options(_ paths: [String], _ limits: ExportLimits) -> ImportOptions {
        var options = ImportOptions(platform: .instagram, exportPaths: paths, siteDirectory: site.path)
        options.limits = limits
        return options
    }

    /// Runs an import that must be refused, and checks that it changed
    /// nothing in the site (but for `.sitegen/imports.lock`) nor outside.
    private func refusal(
        _ paths: [String], limits: ExportLimits = ExportLimits(), sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> ImportError {
        let before = try Self.listing(site)
        let error = try #require(throws: ImportError.self, sourceLocation: sourceLocation) {
            try ImportRun(options: options(paths, limits)).run()
        }
        #expect(try Self.listing(site) == before, "the site changed, though the import was refused", sourceLocation: sourceLocation)
        let kept = (try? FileManager.default.contentsOfDirectory(atPath: site.path + "/.sitegen")) ?? []
        #expect(kept.allSatisfy { $0 == "imports.lock" }, "left in .sitegen: \(kept)", sourceLocation: sourceLocation)
        try expectNothingOutside(sourceLocation)
        return error
    }

    private func imported(_ paths: [String], limits: ExportLimits = ExportLimits()) throws -> ImportSummary {
        let summary = try ImportRun(options: options(paths, limits)).run()
        try expectNothingOutside(#_sourceLocation)
        return summary
    }

    /// The entries a scan of the export passes over, with the reason.
    private func passOvers(_ path: String) throws -> [String: String] {
        var passed: [String: String] = [:]
        try ExportSource(paths: [path]).scan(
            ExportScanner(action: { _ in .skip }, deliver: { _, _ in }, passOver: { name, reason in passed[name] = reason }))
        return passed
    }

    /// The pages of `content/posts/` but its index, by name.
    private func pages() throws -> [String: String] {
        let folder = site.path + "/content/posts"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        var pages: [String: String] = [:]
        for name in names where name != "index.md" {
            pages[name] = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
        }
        return pages
    }

    private func expectDamaged(_ error: ImportError, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        guard case .damaged(name, _) = error else {
            Issue.record("expected a damaged archive, got \(error)", sourceLocation: sourceLocation)
            return
        }
        #expect(error.description.contains("damaged or incomplete"), sourceLocation: sourceLocation)
    }

    /// The sentinel beside the site is as it was, and no file of the zip
    /// slips' name appears anywhere they could have sent it.
    private func expectNothingOutside(_ sourceLocation: SourceLocation) throws {
        #expect(try Self.listing(sentinel) == sentinelBefore, "the folder beside the site changed", sourceLocation: sourceLocation)
        let places = [
            "/tmp/" + evil, root.path + "/" + evil, site.path + "/" + evil, exports.path + "/" + evil,
            FileManager.default.currentDirectoryPath + "/" + evil, NSTemporaryDirectory() + "/" + evil,
        ]
        for place in places {
            #expect(!FileManager.default.fileExists(atPath: place), "\(place) was written", sourceLocation: sourceLocation)
        }
        let everywhere = try Self.listing(root)
        #expect(!everywhere.keys.contains { $0.contains(evil) }, sourceLocation: sourceLocation)
    }

    /// No file below the site holds the password file's text.
    private func expectNoPasswordFile() throws {
        for (path, content) in try Self.listing(site) {
            #expect(!content.contains("root:"), "\(path) holds the text of /etc/passwd")
        }
    }

    /// Every file, folder and link below `folder` (links not followed), with
    /// a file's size and start, a link's target; `.sitegen/` left out.
    static func listing(_ folder: URL) throws -> [String: String] {
        var found: [String: String] = [:]
        var pending = [""]
        while let relative = pending.popLast() {
            let path = relative.isEmpty ? folder.path : folder.path + "/" + relative
            for name in try FileManager.default.contentsOfDirectory(atPath: path) {
                let child = relative.isEmpty ? name : relative + "/" + name
                if child == ".sitegen" { continue }
                let full = folder.path + "/" + child
                var info = stat()
                guard lstat(full, &info) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFDIR:
                    found[child] = "folder"
                    pending.append(child)
                case S_IFLNK:
                    found[child] = "link to " + ((try? FileManager.default.destinationOfSymbolicLink(atPath: full)) ?? "?")
                default:
                    let data = FileManager.default.contents(atPath: full) ?? Data()
                    found[child] = "\(data.count) bytes: " + String(decoding: data.prefix(4096), as: UTF8.self)
                }
            }
        }
        return found
    }
}

import Foundation
import SiteGenCore

#if canImport(Glibc)
    import Glibc
#endif

/// Writes the pages and media of the posts chosen for import. Every file it
/// writes is new (O_EXCL); a name that is taken gets a number instead.
struct PostWriter {
    struct Written {
        var photos = 0
        var videos = 0
        var bytes: Int64 = 0
        /// "media/posts/202407/x.jpg: not a readable image (…)"
        var missing: [String] = []
        /// WordPress image addresses not found in --media-dir.
        var toBring: [String] = []
        var lacksAlt = false
        var entry: ImportLedger.Entry
    }

    var siteDirectory: String
    var section: String
    var language: String
    var mediaDirectory: String?
    var maximumPhotoBytes: Int64
    var work: WorkFolder

    private var sectionFolder: String { siteDirectory + "/content/" + section }
    private var mediaFolder: String { siteDirectory + "/static/" + section }

    /// The section's folder, with an `index.md` when the import creates the folder, and its media folder.
    func prepareFolders() throws {
        if !FileManager.default.fileExists(atPath: sectionFolder) {
            try FileManager.default.createDirectory(atPath: sectionFolder, withIntermediateDirectories: true)
            let index = "---\ntitle: \(ImportWords(language: language).sectionTitle)\n---\n"
            let file = try NewFile(path: sectionFolder + "/index.md")
            try Array(index.utf8).withUnsafeBufferPointer { try file.write($0) }
            try file.finish()
        }
        try FileManager.default.createDirectory(atPath: mediaFolder, withIntermediateDirectories: true)
    }

    func write(_ plan: PostPlan, copied: [String: String]) throws -> Written {
        let placer = MediaPlacer(folder: mediaFolder, addressPrefix: "/" + section, maximumPhotoBytes: maximumPhotoBytes)
        let stem = (plan.file as NSString).lastPathComponent.dropLast(3)
        var written = Written(entry: ImportLedger.Entry(page: plan.file, media: [], imported: Self.now()))
        var placed: [PlacedMedia] = []
        for media in plan.post.media {
            let temporary: String
            let originalName: String
            switch media.origin {
            case .export(let path):
                guard let copy = copied[path] else {
                    written.missing.append("\(path): not in the export")
                    continue
                }
                temporary = copy
                originalName = path
            case .address(let address):
                guard let mediaDirectory, let file = UploadsPath.file(for: address, in: mediaDirectory) else {
                    written.toBring.append(address)
                    continue
                }
                temporary = work.path + "/upload-\(written.entry.media.count)-" + (file as NSString).lastPathComponent
                unlink(temporary)
                do {
                    try FileManager.default.copyItem(atPath: file, toPath: temporary)
                } catch {
                    written.missing.append("\(file): \(error.localizedDescription)")
                    continue
                }
                originalName = file
            }
            let name = placed.isEmpty ? String(stem) : "\(stem)-\(placed.count + 1)"
            do {
                var result = try placer.place(temporary, kind: media.kind, name: name, originalName: originalName, alt: media.alt)
                result.placeholder = media.placeholder
                placed.append(result)
                written.entry.media.append("static" + result.address)
                written.bytes += result.bytes
                if result.kind == .photo {
                    written.photos += 1
                    if (media.alt ?? "").isEmpty { written.lacksAlt = true }
                } else {
                    written.videos += 1
                }
            } catch MediaPlacer.Failure.unusable(let reason) {
                written.missing.append("\(originalName): \(reason)")
            }
        }
        let text = PostPage.text(for: plan.post, title: plan.title, media: placed, language: language)
        let file = try NewFile(path: siteDirectory + "/" + plan.file)
        do {
            try Array(text.utf8).withUnsafeBufferPointer { try file.write($0) }
            try file.finish()
        } catch {
            file.abandon()
            throw error
        }
        return written
    }

    private static func now() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date())
    }
}

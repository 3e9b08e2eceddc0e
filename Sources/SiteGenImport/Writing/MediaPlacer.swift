import Foundation
import SiteGen
import SiteGenCore

#if canImport(Glibc)
    import Glibc
#endif

/// Puts a photo or video copied out of the export into `static/<section>/`
/// under the page's name: photos without their metadata (GPS, camera),
/// videos with their location boxes hidden, never over an existing file.
struct MediaPlacer {
    /// `static/posts` inside the site.
    var folder: String
    /// `/posts`
    var addressPrefix: String
    var maximumPhotoBytes: Int64

    enum Failure: Error {
        case unusable(String)
    }

    /// Places the file at `temporary` as `name` plus the extension its
    /// content calls for. The temporary file stays, for another post that
    /// shows the same photo; the work folder goes at the end.
    func place(_ temporary: String, kind: ImportedMedia.Kind, name: String, originalName: String, alt: String?) throws -> PlacedMedia {
        switch kind {
        case .photo:
            let size = ArchiveFileReader.fileSize(temporary)
            guard size <= maximumPhotoBytes else { throw Failure.unusable("a photo of \(ByteCount.text(size)) is too large") }
            guard let data = FileManager.default.contents(atPath: temporary) else { throw Failure.unusable("cannot be read") }
            switch PhotoScrubber.scrubbed(data) {
            case .success(let clean):
                let path = try writeNew(clean.data, name: name, fileExtension: clean.fileExtension)
                return PlacedMedia(address: address(of: path), kind: .photo, alt: alt, bytes: Int64(clean.data.count))
            case .failure(let error):
                throw Failure.unusable(error.message)
            }
        case .video:
            let fileExtension = Self.fileExtension(of: originalName)
            guard MediaKind.videoExtensions.contains(fileExtension) else {
                throw Failure.unusable("not a video format browsers play (.\(fileExtension))")
            }
            // WebM has no location boxes; an MP4 or QuickTime file that cannot be walked is not published.
            if fileExtension != "webm", !VideoMetadata.strip(fileAt: temporary) {
                throw Failure.unusable("not a readable MP4 or QuickTime file")
            }
            let size = ArchiveFileReader.fileSize(temporary)
            let path = try linkNew(temporary, name: name, fileExtension: fileExtension)
            return PlacedMedia(address: address(of: path), kind: .video, alt: alt, bytes: size)
        }
    }

    static func fileExtension(of name: String) -> String {
        let last = name.split(separator: "/").last.map(String.init) ?? name
        guard let dot = last.lastIndex(of: ".") else { return "" }
        return last[last.index(after: dot)...].lowercased()
    }

    private func address(of path: String) -> String {
        addressPrefix + "/" + (path as NSString).lastPathComponent
    }

    /// Writes `data` to a new file, `name.ext`, else `name-2.ext`…
    private func writeNew(_ data: Data, name: String, fileExtension: String) throws -> String {
        var number = 1
        while true {
            let path = folder + "/" + (number == 1 ? name : "\(name)-\(number)") + "." + fileExtension
            do {
                let file = try NewFile(path: path)
                do {
                    try data.withUnsafeBytes { try file.write($0.bindMemory(to: UInt8.self)) }
                    try file.finish()
                } catch {
                    file.abandon()
                    throw error
                }
                return path
            } catch let error as SiteGenCore.POSIXError where error.code == EEXIST {
                number += 1
            }
        }
    }

    /// Gives the file at `temporary` a new name in the site: a hard link,
    /// which fails rather than replace an existing file, and copies nothing.
    private func linkNew(_ temporary: String, name: String, fileExtension: String) throws -> String {
        var number = 1
        while true {
            let path = folder + "/" + (number == 1 ? name : "\(name)-\(number)") + "." + fileExtension
            if link(temporary, path) == 0 { return path }
            guard errno == EEXIST else { throw SiteGenCore.POSIXError(errno, "cannot write \(path)") }
            number += 1
        }
    }
}

import Foundation

/// Hides what an MP4 or QuickTime video says about where it was filmed: the
/// `udta` and `meta` boxes of the movie and its tracks (Apple's ISO 6709
/// location, `©xyz`, the camera's make) and top-level `uuid` boxes (XMP)
/// are turned into `free` boxes, which every player skips, their contents
/// zeroed. No box changes size, so no offset in the file moves and no frame
/// is re-encoded; no library of the machine edits MP4 boxes (ffmpeg would
/// re-mux the whole file), and the box syntax (ISO 14496-12, 4.2) is small.
enum VideoMetadata {
    private static let hidden: Set<String> = ["udta", "meta"]

    /// Rewrites the file at `path` in place. Returns false when the file is
    /// not an ISO media file of a shape this understands.
    static func strip(fileAt path: String) -> Bool {
        guard let handle = FileHandle(forUpdatingAtPath: path) else { return false }
        defer { try? handle.close() }
        guard let size = try? handle.seekToEnd() else { return false }
        var found = false
        var ok = true
        walk(handle, from: 0, to: size, depth: 0, found: &found, ok: &ok)
        return ok && found
    }

    private static func walk(_ handle: FileHandle, from start: UInt64, to end: UInt64, depth: Int, found: inout Bool, ok: inout Bool) {
        var offset = start
        var boxes = 0
        while offset + 8 <= end, ok {
            boxes += 1
            guard boxes < 100_000, (try? handle.seek(toOffset: offset)) != nil,
                let header = try? handle.read(upToCount: 16), header.count >= 8
            else {
                ok = false
                return
            }
            let bytes = [UInt8](header)
            var size = UInt64(bytes[0]) << 24 | UInt64(bytes[1]) << 16 | UInt64(bytes[2]) << 8 | UInt64(bytes[3])
            let type = String(decoding: bytes[4..<8], as: UTF8.self)
            var headerSize: UInt64 = 8
            if size == 1 {
                guard bytes.count >= 16 else {
                    ok = false
                    return
                }
                size = bytes[8..<16].reduce(0) { $0 << 8 | UInt64($1) }
                headerSize = 16
            } else if size == 0 {
                size = end - offset
            }
            guard size >= headerSize, offset + size <= end else {
                ok = false
                return
            }
            if depth == 0, type == "ftyp" || type == "moov" { found = true }
            if hidden.contains(type) || type == "uuid" && depth == 0 {
                do {
                    try handle.seek(toOffset: offset + 4)
                    try handle.write(contentsOf: Data("free".utf8))
                    // The bytes of a free box are still in the file: zeroed, so that no reader finds the position in them.
                    try handle.seek(toOffset: offset + headerSize)
                    var remaining = size - headerSize
                    let zeros = Data(count: 64 * 1024)
                    while remaining > 0 {
                        let count = Int(min(remaining, UInt64(zeros.count)))
                        try handle.write(contentsOf: zeros.prefix(count))
                        remaining -= UInt64(count)
                    }
                } catch {
                    ok = false
                    return
                }
            } else if (type == "moov" || type == "trak") && depth < 3 {
                walk(handle, from: offset + headerSize, to: offset + size, depth: depth + 1, found: &found, ok: &ok)
            }
            offset += size
        }
    }
}

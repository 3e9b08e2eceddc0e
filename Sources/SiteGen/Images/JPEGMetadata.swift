import Foundation

/// Removes what a JPEG says about where and by whom it was taken, without
/// decoding it: the EXIF block (GPS position, camera serial, time), XMP,
/// IPTC, comments, and the pictures some phones append after the main one
/// (each with its own EXIF). The orientation survives in a new, minimal EXIF
/// block, so that a photo taken sideways stays upright.
///
/// Written here as a segment filter rather than through libvips because a
/// re-encode would lose quality on every photo of the archive; the JPEG
/// segment syntax is small and fixed (ITU T.81, B.1), and anything this
/// filter does not understand makes it return nil so the caller falls back
/// to re-encoding.
enum JPEGMetadata {
    static func stripped(_ data: Data) -> Data? {
        let bytes = [UInt8](data)
        guard bytes.count > 4, bytes[0] == 0xFF, bytes[1] == 0xD8 else { return nil }
        var kept: [UInt8] = [0xFF, 0xD8]
        var orientation: UInt16?
        var offset = 2
        var wroteOrientation = false
        func writeOrientation() {
            guard !wroteOrientation else { return }
            wroteOrientation = true
            if let orientation, (2...8).contains(orientation) { kept += minimalExif(orientation: orientation) }
        }
        while offset + 2 <= bytes.count {
            guard bytes[offset] == 0xFF else { return nil }
            let marker = bytes[offset + 1]
            if marker == 0xFF {  // fill byte
                offset += 1
                continue
            }
            if marker == 0xD9 {
                kept += [0xFF, 0xD9]
                return Data(kept)
            }
            if (0xD0...0xD7).contains(marker) || marker == 0x01 {
                kept += [0xFF, marker]
                offset += 2
                continue
            }
            guard offset + 4 <= bytes.count else { return nil }
            let length = Int(bytes[offset + 2]) << 8 | Int(bytes[offset + 3])
            let end = offset + 2 + length
            guard length >= 2, end <= bytes.count else { return nil }
            let payload = bytes[(offset + 4)..<end]
            switch marker {
            case 0xE1:
                if payload.starts(with: Array("Exif\0\0".utf8)), orientation == nil {
                    orientation = exifOrientation(Array(payload.dropFirst(6)))
                }
            case 0xE2:
                // ICC colour profiles stay; the multi-picture index (MPF) goes with the pictures it indexes.
                if payload.starts(with: Array("ICC_PROFILE\0".utf8)) { kept += bytes[offset..<end] }
            case 0xE3...0xED, 0xEF, 0xFE:
                break
            case 0xE0, 0xEE:
                // JFIF and Adobe (colour transform) segments describe the pixels.
                kept += bytes[offset..<end]
                if marker == 0xE0 { writeOrientation() }
            case 0xDA:
                writeOrientation()
                kept += bytes[offset..<end]
                // Entropy-coded data runs to the next marker that is not a stuffed zero or a restart.
                var scan = end
                while scan + 1 < bytes.count {
                    if bytes[scan] == 0xFF, bytes[scan + 1] != 0x00, !(0xD0...0xD7).contains(bytes[scan + 1]) { break }
                    scan += 1
                }
                guard scan + 1 < bytes.count else { return nil }
                kept += bytes[end..<scan]
                offset = scan
                continue
            default:
                writeOrientation()
                kept += bytes[offset..<end]
            }
            offset = end
        }
        return nil
    }

    /// The orientation tag (0x0112) of IFD0, from a TIFF structure.
    static func exifOrientation(_ tiff: [UInt8]) -> UInt16? {
        guard tiff.count >= 8 else { return nil }
        let little: Bool
        switch (tiff[0], tiff[1]) {
        case (0x49, 0x49): little = true
        case (0x4D, 0x4D): little = false
        default: return nil
        }
        func u16(_ at: Int) -> Int? {
            guard at >= 0, at + 2 <= tiff.count else { return nil }
            return little ? Int(tiff[at]) | Int(tiff[at + 1]) << 8 : Int(tiff[at]) << 8 | Int(tiff[at + 1])
        }
        func u32(_ at: Int) -> Int? {
            guard let high = u16(little ? at + 2 : at), let low = u16(little ? at : at + 2) else { return nil }
            return high << 16 | low
        }
        guard let ifd = u32(4), let count = u16(ifd), count < 1000 else { return nil }
        for index in 0..<count {
            let entry = ifd + 2 + index * 12
            guard let tag = u16(entry) else { return nil }
            if tag == 0x0112, let type = u16(entry + 2), type == 3, let value = u16(entry + 8) { return UInt16(value) }
        }
        return nil
    }

    /// An APP1 segment whose EXIF holds the orientation and nothing else.
    static func minimalExif(orientation: UInt16) -> [UInt8] {
        let tiff: [UInt8] = [
            0x4D, 0x4D, 0x00, 0x2A, 0x00, 0x00, 0x00, 0x08,  // big-endian TIFF, IFD0 at 8
            0x00, 0x01,  // one entry
            0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01,  // Orientation, SHORT, 1 value
            UInt8(orientation >> 8), UInt8(orientation & 0xFF), 0x00, 0x00,
            0x00, 0x00, 0x00, 0x00,  // no next IFD
        ]
        let payload = Array("Exif\0\0".utf8) + tiff
        let length = payload.count + 2
        return [0xFF, 0xE1, UInt8(length >> 8), UInt8(length & 0xFF)] + payload
    }
}

import Foundation

/// Takes the `EXIF` and `XMP ` chunks out of a WebP file. libvips 8.14
/// (Debian 12's) writes them even when told to strip metadata
/// (libvips/libvips#3340), and regenerates a small EXIF block (orientation,
/// resolution) from the image's own fields. Written here as a RIFF chunk
/// filter, since no library of the machine removes WebP chunks: it reads
/// only files libvips has just written, and refuses anything it does not
/// understand rather than publishing it.
enum WebPMetadata {
    /// The file without its metadata chunks, or nil when it is not a WebP
    /// file of the expected shape.
    static func stripped(_ data: Data) -> Data? {
        let bytes = [UInt8](data)
        guard bytes.count >= 12, bytes[0..<4] == [0x52, 0x49, 0x46, 0x46], bytes[8..<12] == [0x57, 0x45, 0x42, 0x50] else {
            return nil
        }
        var chunks: [UInt8] = []
        var offset = 12
        while offset < bytes.count {
            guard offset + 8 <= bytes.count else { return nil }
            let fourCC = String(decoding: bytes[offset..<offset + 4], as: UTF8.self)
            let size = Int(littleEndian(bytes, at: offset + 4))
            let end = offset + 8 + size + (size % 2)
            guard end <= bytes.count || (end == bytes.count + 1 && size % 2 == 1) else { return nil }
            var chunk = Array(bytes[offset..<min(end, bytes.count)])
            switch fourCC {
            case "EXIF", "XMP ":
                break
            case "VP8X":
                // Its flags say which chunks follow: clear the EXIF (bit 3) and XMP (bit 2) flags.
                guard chunk.count > 8 else { return nil }
                chunk[8] &= ~UInt8(0x08 | 0x04)
                chunks += chunk
            default:
                chunks += chunk
            }
            offset = end
        }
        var result: [UInt8] = Array(bytes[0..<4])
        let riffSize = UInt32(4 + chunks.count)
        result += [UInt8(riffSize & 0xFF), UInt8(riffSize >> 8 & 0xFF), UInt8(riffSize >> 16 & 0xFF), UInt8(riffSize >> 24)]
        result += Array(bytes[8..<12]) + chunks
        return Data(result)
    }

    private static func littleEndian(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
    }
}

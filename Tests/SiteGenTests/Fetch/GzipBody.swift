import Foundation

/// Gzip bodies for the hostile servers of the fetch tests, made without
/// zlib (the test target does not link it): a decompression bomb, an
/// endless compressed stream, and ordinary pages (RFC 1951, RFC 1952).
enum GzipBody {
    /// A gzip member's header: deflate, no name, no time, made on Unix.
    static let header = Data([0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 3])

    /// One MiB of zeros as `zlib -9` compresses it: one dynamic-Huffman
    /// block (1,037 bytes) followed by a full flush, so that it ends on a
    /// byte boundary and refers to nothing before it; copies of it can
    /// therefore follow one another in a stream. Made with Python's zlib:
    /// `o = compressobj(9, DEFLATED, -15); o.compress(bytes(1 << 20)) + o.flush(Z_FULL_FLUSH)`,
    /// which is these 15 bytes, 1,016 zeros (each 2 bits of which
    /// stand for 258 zeros) and these 6 bytes.
    static let mebibyteOfZeros =
        Data([0xEC, 0xC1, 0x31, 0x01, 0x00, 0x00, 0x00, 0xC2, 0xA0, 0xF5, 0x4F, 0x6D, 0x08, 0x5F, 0xA0])
        + Data(count: 1_016) + Data([0x3E, 0x03, 0x00, 0x00, 0xFF, 0xFF])

    /// The last block of a stream: final, fixed Huffman codes, empty.
    static let lastBlock = Data([0x03, 0x00])

    /// The size of a compressed body that expands to `mebibytes` MiB of zeros.
    static func bombSize(mebibytes: Int) -> Int {
        header.count + mebibyteOfZeros.count * mebibytes + lastBlock.count + 8
    }

    /// 2 GiB of zeros in 2,123,796 bytes, a valid gzip file (`gzip -t`
    /// accepts it): the bomb of issue 9, whose old fetch took 15.6 s and 2.3 GB.
    static let twoGibibyteBomb = LocalHTTPServer.Response.Body.repeated(
        head: header, unit: mebibyteOfZeros, repeats: 2_048,
        // CRC-32 of 2^31 zeros, then the size modulo 2^32.
        tail: lastBlock + littleEndian(0x4DBD_F21C) + littleEndian(1 << 31),
        declareLength: true)

    /// A gzip stream of zeros that never ends, sent in chunks of 16 MiB of zeros.
    static let endless = LocalHTTPServer.Response.Body.repeated(
        head: header, unit: Data((0..<16).map { _ in mebibyteOfZeros }.joined()), repeats: nil, declareLength: false)

    /// `data` in gzip, stored without compression (blocks of at most 65,535 bytes).
    static func stored(_ data: Data) -> Data {
        var out = header
        let bytes = [UInt8](data)
        var start = 0
        repeat {
            let end = min(start + 65_535, bytes.count)
            let length = UInt16(end - start)
            out.append(end == bytes.count ? 1 : 0)  // BFINAL, BTYPE 00 (stored)
            out.append(contentsOf: [UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8(~length >> 8)])
            out.append(contentsOf: bytes[start..<end])
            start = end
        } while start < bytes.count
        return out + littleEndian(crc32(bytes)) + littleEndian(UInt32(truncatingIfNeeded: bytes.count))
    }

    /// The CRC-32 of gzip (reflected, polynomial 0xEDB88320), bit by bit:
    /// test pages are small.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    private static func littleEndian(_ value: UInt32) -> Data {
        Data([UInt8(value & 0xFF), UInt8((value >> 8) & 0xFF), UInt8((value >> 16) & 0xFF), UInt8(value >> 24)])
    }
}

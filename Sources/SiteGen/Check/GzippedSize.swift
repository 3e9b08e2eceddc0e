import CZlib
import Foundation

/// How many bytes a file weighs on the wire when the server compresses it
/// with gzip at its best, as a browser downloads a page.
enum GzippedSize {
    /// nil when zlib fails (out of memory).
    static func of(_ data: Data) -> Int? {
        var stream = z_stream()
        guard sitegen_deflate_init_gzip(&stream, 9) == Z_OK else { return nil }
        defer { deflateEnd(&stream) }
        var total = 0
        var chunk = [UInt8](repeating: 0, count: 16_384)
        var input = [UInt8](data)
        return input.withUnsafeMutableBufferPointer { bytes -> Int? in
            stream.next_in = bytes.baseAddress
            stream.avail_in = uInt(bytes.count)
            while true {
                let status = chunk.withUnsafeMutableBufferPointer { out -> Int32 in
                    stream.next_out = out.baseAddress
                    stream.avail_out = uInt(out.count)
                    return deflate(&stream, Z_FINISH)
                }
                total += chunk.count - Int(stream.avail_out)
                if status == Z_STREAM_END { return total }
                guard status == Z_OK || status == Z_BUF_ERROR else { return nil }
            }
        }
    }
}

import CVips
import Foundation

/// The SHA-256 of a file's bytes, from GLib (which libvips stands on), as
/// 64 hexadecimal digits: what names an image's variants in the cache and
/// in the published site, so that a changed photo gets new addresses.
package enum ContentHash {
    package static func sha256(_ data: Data) -> String {
        guard let checksum = g_checksum_new(G_CHECKSUM_SHA256) else { fatalError("GLib: out of memory") }
        defer { g_checksum_free(checksum) }
        data.withUnsafeBytes { bytes in
            if let base = bytes.baseAddress { g_checksum_update(checksum, base.assumingMemoryBound(to: UInt8.self), bytes.count) }
        }
        return String(cString: g_checksum_get_string(checksum))
    }
}

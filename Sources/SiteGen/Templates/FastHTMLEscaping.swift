import Mustache

/// The escaping every template uses: the same five replacements as
/// swift-mustache's own HTML escaping (`<`, `>`, `&`, `"`, `'`), done on
/// bytes, with a fast path for the common text that needs none. The
/// library's escaper walks Characters and takes about 40% of rendering.
struct FastHTMLEscaping: MustacheContentType {
    static let name = "SITEGEN_HTML"

    /// Registered once per process; every template selects it with a
    /// pragma that `Theme` puts in front of its text.
    static let registered: Bool = {
        MustacheContentTypes.register(FastHTMLEscaping(), named: name)
        return true
    }()

    static let pragma = "{{% CONTENT_TYPE: \(name)}}"

    func escapeText(_ text: String) -> String {
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0x22 || $0 == 0x27 }) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case 0x3C: bytes.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])  // &lt;
            case 0x3E: bytes.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])  // &gt;
            case 0x26: bytes.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])  // &amp;
            case 0x22: bytes.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B])  // &quot;
            case 0x27: bytes.append(contentsOf: [0x26, 0x23, 0x33, 0x39, 0x3B])  // &#39;
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

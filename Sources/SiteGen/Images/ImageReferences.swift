import Foundation

/// Finds the raster images of `static/` that a published page or
/// stylesheet names by their own address: a link to the full-size photo, an
/// `<img>` in raw HTML or in a template, a `url()` in CSS. Such an original
/// is published (without its metadata); one that is only shown through
/// `<picture>` is not. A byte scan for the image extensions, then the
/// address around each one, resolved as a browser would from the page; an
/// address it cannot resolve is missed, and the original then not published,
/// which the build's link check reports.
struct ImageReferences: Sendable {
    /// Paths below the output folder of the images that may be found.
    var candidates: Set<String>
    var baseURL: BaseURL

    private static let extensions: [[UInt8]] = ["jpg", "jpeg", "jpe", "jfif", "png", "webp", "avif", "heic", "heif", "gif"].map {
        Array($0.utf8)
    }
    /// Bytes that end an address in HTML and CSS, as a table by byte value:
    /// looked up for most bytes of every page, where a `Set`'s hashing showed.
    private static let ends: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in "\"' \t\n\r)(<>,=;".utf8 { table[Int(byte)] = true }
        return table
    }()

    /// The candidates that `text`, published at `sitePath`, names.
    func scan(_ text: String, sitePath: String) -> Set<String> {
        guard !candidates.isEmpty else { return [] }
        var text = text
        // In place, as ElementIDs does: a copy of each page's bytes cost more than the scan.
        return text.withUTF8 { scan(bytes: $0, sitePath: sitePath) }
    }

    private func scan(bytes: UnsafeBufferPointer<UInt8>, sitePath: String) -> Set<String> {
        var found: Set<String> = []
        let ends = Self.ends
        var index = 0
        while index < bytes.count {
            defer { index += 1 }
            guard bytes[index] == UInt8(ascii: ".") else { continue }
            guard let length = Self.extensionLength(bytes, after: index) else { continue }
            let end = index + 1 + length
            if end < bytes.count, !ends[Int(bytes[end])], bytes[end] != UInt8(ascii: "?"), bytes[end] != UInt8(ascii: "#") { continue }
            var start = index
            while start > 0, !ends[Int(bytes[start - 1])] { start -= 1 }
            let address = String(decoding: bytes[start..<end], as: UTF8.self)
            if let path = resolve(address, from: sitePath), candidates.contains(path) { found.insert(path) }
            index = end - 1
        }
        return found
    }

    /// The length of the image extension after the `.` at `dot`, when one follows.
    private static func extensionLength(_ bytes: UnsafeBufferPointer<UInt8>, after dot: Int) -> Int? {
        for candidate in extensions {
            let next = dot + 1 + candidate.count
            guard next <= bytes.count else { continue }
            var matches = true
            for (offset, letter) in candidate.enumerated() where bytes[dot + 1 + offset] | 0x20 != letter {
                matches = false
                break
            }
            // `.jpe` is not the start of `.jpeg`.
            if matches, next == bytes.count || !(bytes[next] | 0x20 >= UInt8(ascii: "a") && bytes[next] | 0x20 <= UInt8(ascii: "z")) {
                return candidate.count
            }
        }
        return nil
    }

    /// The path below the output folder that `address` names from the page
    /// at `sitePath`, or nil for another site's address.
    func resolve(_ address: String, from sitePath: String) -> String? {
        var value = address.replacingOccurrences(of: "&amp;", with: "&")
        if value.hasPrefix("http://") || value.hasPrefix("https://") || value.hasPrefix("//") {
            let origin = baseURL.origin
            let schemeless = origin.drop { $0 != "/" }
            if value.hasPrefix(origin) {
                value = String(value.dropFirst(origin.count))
            } else if value.hasPrefix("//"), value.hasPrefix(String(schemeless)) {
                value = String(value.dropFirst(schemeless.count))
            } else {
                return nil
            }
        }
        if value.hasPrefix("/") {
            guard value.hasPrefix(baseURL.path) else { return nil }
            value = String(value.dropFirst(baseURL.path.count))
        } else {
            let folder = sitePath.hasSuffix("/") ? sitePath : String(sitePath[...(sitePath.lastIndex(of: "/") ?? sitePath.startIndex)])
            value = String(folder.drop { $0 == "/" }) + value
        }
        var components: [Substring] = []
        for component in (value.removingPercentEncoding ?? value).split(separator: "/") {
            switch component {
            case ".": continue
            case "..": if !components.isEmpty { components.removeLast() }
            default: components.append(component)
            }
        }
        return components.joined(separator: "/")
    }
}

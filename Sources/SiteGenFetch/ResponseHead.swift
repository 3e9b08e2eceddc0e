import Foundation

/// The status and the few headers a fetch acts on, read line by line as
/// libcurl hands them over, and how many bytes of headers came, so that a
/// server cannot send an endless head.
struct ResponseHead {
    /// 0 until a status line was read.
    var status = 0
    var contentType: String?
    /// Every `Content-Encoding` header, joined with commas as HTTP allows.
    var contentEncoding: String?
    var contentLength: Int?
    var location: String?
    /// Every header of the answer, names in lower case, repeated ones
    /// joined with ", " (bounded, like the rest, by the header limit).
    var fields: [String: String] = [:]
    /// The bytes of every header line of this request, the interim answers
    /// (`100 Continue`) and trailers included.
    var byteCount = 0
    /// The blank line that ends the final answer's headers was read.
    var isComplete = false

    /// One line as libcurl gives it: the status line, a header, or the
    /// blank line that ends them, with its CR LF.
    mutating func add(_ line: UnsafeBufferPointer<UInt8>) {
        byteCount += line.count
        let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty {
            // The blank line after an interim answer is followed by another head.
            if !(100..<200).contains(status) { isComplete = true }
            return
        }
        if text.hasPrefix("HTTP/") {
            // A new answer begins: an interim one, or the real one after it.
            self = ResponseHead(status: Self.status(of: text), byteCount: byteCount)
            return
        }
        guard !isComplete, let colon = text.firstIndex(of: ":") else { return }  // trailers and folded lines: counted only
        let value = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        let name = text[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
        fields[name] = fields[name].map { "\($0), \(value)" } ?? value
        switch name {
        case "content-type": contentType = value
        case "content-encoding": contentEncoding = contentEncoding.map { "\($0), \(value)" } ?? value
        case "content-length": contentLength = Int(value)
        case "location": location = value
        default: break
        }
    }

    /// The content codings applied to the body, in lower case, `identity`
    /// left out: `[]` for a plain body, `["gzip"]`, `["br"]`.
    var codings: [String] {
        (contentEncoding ?? "").split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            .filter { !$0.isEmpty && $0 != "identity" }
    }

    /// `HTTP/1.1 301 Moved Permanently`, `HTTP/2 200`: the number, or 0.
    private static func status(of line: String) -> Int {
        let parts = line.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count >= 2, parts[1].count == 3 else { return 0 }
        return Int(parts[1]) ?? 0
    }
}

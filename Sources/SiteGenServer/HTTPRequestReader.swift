import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a request's head from a socket within fixed limits, so that a
/// malformed, huge or slow request costs the server a bounded amount of
/// memory and time. (FlyingFox 0.27.1 reads lines without a bound, which is
/// why the preview server reads requests itself.)
struct HTTPRequestReader {
    enum Failure: Error, Equatable {
        /// The client closed the connection, or was idle past the timeout, before a request began.
        case closed
        case badRequest
        case uriTooLong
        case headersTooLarge
    }

    static let maximumRequestLine = 8 * 1024
    static let maximumHeaderBytes = 32 * 1024
    static let maximumHeaderCount = 100

    let socket: Int32
    /// Bytes read past the previous request (keep-alive).
    var buffer: [UInt8] = []

    init(socket: Int32) {
        self.socket = socket
    }

    mutating func readHead() throws(Failure) -> HTTPRequestHead {
        let requestLine = try readLine(limit: Self.maximumRequestLine, tooLong: .uriTooLong, allowClose: true)
        let parts = requestLine.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, parts[0].allSatisfy({ $0.isASCII && $0.isUppercase }),
            parts[1].hasPrefix("/") || parts[1] == "*", parts[2].hasPrefix("HTTP/1.")
        else { throw .badRequest }
        var headers: [String: String] = [:]
        var total = 0
        while true {
            let line = try readLine(limit: Self.maximumHeaderBytes - total, tooLong: .headersTooLarge, allowClose: false)
            if line.isEmpty { break }
            total += line.utf8.count + 2
            guard headers.count < Self.maximumHeaderCount else { throw .headersTooLarge }
            guard let colon = line.firstIndex(of: ":") else { throw .badRequest }
            let name = line[..<colon].lowercased()
            guard !name.isEmpty, !name.contains(" ") else { throw .badRequest }
            headers[name] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return HTTPRequestHead(method: String(parts[0]), target: String(parts[1]), version: String(parts[2]), headers: headers)
    }

    /// One line without its CRLF; throws when it passes `limit` bytes.
    private mutating func readLine(limit: Int, tooLong: Failure, allowClose: Bool) throws(Failure) -> String {
        var scanned = 0
        while true {
            if let newline = buffer[scanned...].firstIndex(of: UInt8(ascii: "\n")) {
                var end = newline
                if end > 0, buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                guard end <= limit else { throw tooLong }
                let line = String(decoding: buffer[..<end], as: UTF8.self)
                buffer.removeSubrange(...newline)
                return line
            }
            scanned = buffer.count
            guard buffer.count <= limit else { throw tooLong }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = recv(socket, &chunk, chunk.count, 0)
            guard count > 0 else {
                if buffer.isEmpty, allowClose { throw .closed }
                throw buffer.isEmpty && allowClose ? .closed : .badRequest
            }
            buffer.append(contentsOf: chunk[..<count])
        }
    }
}

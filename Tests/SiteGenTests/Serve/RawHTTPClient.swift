import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Sends requests exactly as written (a URL library would clean up `..` and
/// encoded slashes before they reach the server), and reads the answer.
enum RawHTTPClient {
    struct Answer {
        var status: Int
        var headers: [String: String]
        var body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    static func connect(port: Int) throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        inet_pton(AF_INET, "127.0.0.1", &address.sin_addr)
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            close(fd)
            throw CocoaError(.fileReadUnknown)
        }
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        return fd
    }

    static func send(_ text: String, to fd: Int32) {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if sent <= 0 { return }
            offset += sent
        }
    }

    /// Reads one answer (by Content-Length, or to the end of the connection).
    static func readAnswer(from fd: Int32, head: Bool = false) -> Answer? {
        var buffer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        var headerEnd: Int?
        while headerEnd == nil {
            let count = recv(fd, &chunk, chunk.count, 0)
            guard count > 0 else { return nil }
            buffer += chunk[..<count]
            if let range = buffer.firstRange(of: Array("\r\n\r\n".utf8)) { headerEnd = range.upperBound }
        }
        let headText = String(decoding: buffer[..<headerEnd!], as: UTF8.self)
        var lines = headText.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        let statusLine = lines.removeFirst().split(separator: " ")
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body = Array(buffer[headerEnd!...])
        let status = Int(statusLine.count > 1 ? statusLine[1] : "0") ?? 0
        if head || status == 304 { return Answer(status: status, headers: headers, body: Data()) }
        if let length = headers["content-length"].flatMap(Int.init) {
            while body.count < length {
                let count = recv(fd, &chunk, chunk.count, 0)
                guard count > 0 else { break }
                body += chunk[..<count]
            }
        } else {
            while true {
                let count = recv(fd, &chunk, chunk.count, 0)
                guard count > 0 else { break }
                body += chunk[..<count]
            }
        }
        return Answer(status: status, headers: headers, body: Data(body))
    }

    /// Reads from a held-open answer until `marker` has arrived (nil if the connection ends first).
    static func readUntil(_ marker: String, from fd: Int32) -> String? {
        var received: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while !String(decoding: received, as: UTF8.self).contains(marker) {
            let count = recv(fd, &chunk, chunk.count, 0)
            guard count > 0 else { return nil }
            received += chunk[..<count]
        }
        return String(decoding: received, as: UTF8.self)
    }

    /// Everything left on the connection until the server closes it; nil on a reset or a 10 s silence.
    static func readToEnd(from fd: Int32) -> String? {
        var received: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = recv(fd, &chunk, chunk.count, 0)
            if count == 0 { return String(decoding: received, as: UTF8.self) }
            guard count > 0 else { return nil }
            received += chunk[..<count]
        }
    }

    /// A request written out in full (request line, headers and blank line) on its own connection.
    static func exchange(_ request: String, port: Int, head: Bool = false) throws -> Answer {
        let fd = try connect(port: port)
        defer { close(fd) }
        send(request, to: fd)
        guard let answer = readAnswer(from: fd, head: head) else { throw CocoaError(.fileReadCorruptFile) }
        return answer
    }

    /// One request on its own connection.
    static func get(_ target: String, port: Int, method: String = "GET", headers: [String: String] = [:]) throws -> Answer {
        let fd = try connect(port: port)
        defer { close(fd) }
        var request = "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        for (name, value) in headers { request += "\(name): \(value)\r\n" }
        send(request + "\r\n", to: fd)
        guard let answer = readAnswer(from: fd, head: method == "HEAD") else { throw CocoaError(.fileReadCorruptFile) }
        return answer
    }
}

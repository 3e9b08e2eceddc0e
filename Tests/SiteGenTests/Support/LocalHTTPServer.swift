import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A small HTTP/1.1 server on 127.0.0.1 for tests that must not reach the
/// internet. Routes are closures keyed by path; each connection gets its own
/// thread and answers one request (`Connection: close`). It can stream a body
/// of any size in chunks or repeat a piece of one forever, wait before
/// answering, redirect, send any status, type and headers or raw bytes, and
/// counts requests and the body bytes it managed to send.
///
/// A client that hangs up early is normal here (that is what the size and
/// time limits do): writes use `MSG_NOSIGNAL` (or `SO_NOSIGPIPE`) so that
/// the process is not killed by SIGPIPE, and the sending simply stops.
final class LocalHTTPServer: @unchecked Sendable {
    struct Request: Sendable {
        var method: String
        /// The request target as sent: path and query, still percent-encoded.
        var target: String
        var path: String
        /// The raw query, without `?`.
        var query: String?
        /// Header names in lower case.
        var headers: [String: String]

        /// The raw (still percent-encoded) value of a query parameter.
        func rawQueryValue(_ name: String) -> String? {
            for pair in (query ?? "").split(separator: "&") {
                let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                if parts.first.map(String.init) == name { return parts.count > 1 ? String(parts[1]) : "" }
            }
            return nil
        }
    }

    struct Response: Sendable {
        enum Body: Sendable {
            case bytes(Data)
            /// `count` bytes of "x", written `chunkSize` at a time with
            /// `pause` between chunks, declared with Content-Length or sent
            /// with chunked transfer encoding.
            case generated(count: Int, chunkSize: Int = 65_536, pause: Duration = .zero, declareLength: Bool)
            /// Declares `declaredLength` bytes, sends `prefix`, then waits
            /// until the server stops or the client gives up.
            case stalled(Data, declaredLength: Int)
            /// `head`, then `unit` `repeats` times (forever when nil, until
            /// the client hangs up or the server stops), then `tail`, with
            /// `pause` after each unit; declared with Content-Length when
            /// `declareLength` and the total is known, else chunked, one
            /// chunk per piece. A compressed bomb, an endless stream, a
            /// trickle of one byte a second.
            case repeated(head: Data, unit: Data, repeats: Int?, tail: Data = Data(), pause: Duration = .zero, declareLength: Bool)
        }

        var status: Int = 200
        var headers: [String: String] = [:]
        var body: Body = .bytes(Data())
        /// How long to wait before sending anything.
        var delay: Duration = .zero
        /// Sent as is instead of an answer made from the fields above, and
        /// the connection closed: nothing, garbage, a broken answer.
        var raw: Data?

        static func raw(_ bytes: Data) -> Response {
            Response(raw: bytes)
        }

        static func html(_ html: String, status: Int = 200, contentType: String = "text/html; charset=utf-8") -> Response {
            Response(status: status, headers: ["Content-Type": contentType], body: .bytes(Data(html.utf8)))
        }

        static func data(_ data: Data, status: Int = 200, contentType: String) -> Response {
            Response(status: status, headers: ["Content-Type": contentType], body: .bytes(data))
        }

        static func redirect(to location: String, status: Int = 302) -> Response {
            Response(
                status: status, headers: ["Location": location, "Content-Type": "text/html"],
                body: .bytes(Data("<a href=\"\(location)\">moved</a>".utf8)))
        }
    }

    typealias Handler = @Sendable (Request) -> Response

    private let state = NSCondition()
    private var routes: [String: Handler]
    private var listener: Int32 = -1
    private var stopped = false
    private var connections: Set<Int32> = []
    private var received: [Request] = []
    private var sentBodyBytes: [String: Int] = [:]
    private let threads = DispatchGroup()
    private(set) var port = 0

    init(routes: [String: Handler] = [:]) {
        self.routes = routes
    }

    deinit {
        stop()
    }

    var baseURL: String { "http://127.0.0.1:\(port)" }

    func url(_ path: String) -> String { baseURL + path }

    /// Adds or replaces a route; also while running.
    func route(_ path: String, _ handler: @escaping Handler) {
        state.lock()
        routes[path] = handler
        state.unlock()
    }

    /// Every request received, in order; only those to `path` if given.
    func requests(to path: String? = nil) -> [Request] {
        state.lock()
        defer { state.unlock() }
        return path.map { path in received.filter { $0.path == path } } ?? received
    }

    func requestCount(_ path: String? = nil) -> Int { requests(to: path).count }

    /// Body bytes the kernel accepted for answers to `path`.
    func bodyBytesSent(_ path: String) -> Int {
        state.lock()
        defer { state.unlock() }
        return sentBodyBytes[path] ?? 0
    }

    /// Listens on 127.0.0.1 on a port chosen by the system, and returns it.
    @discardableResult
    func start() throws -> Int {
        let fd = try Self.boundSocket()
        guard listen(fd, 64) == 0 else {
            close(fd)
            throw ServerError("listen failed: errno \(errno)")
        }
        port = Self.localPort(of: fd)
        state.lock()
        listener = fd
        state.unlock()
        threads.enter()
        let thread = Thread { [self] in
            acceptLoop(fd)
            threads.leave()
        }
        thread.start()
        return port
    }

    /// Closes the listening socket and every connection, wakes any answer
    /// that is waiting, and waits (a few seconds at most) for the threads.
    func stop() {
        state.lock()
        guard !stopped else {
            state.unlock()
            return
        }
        stopped = true
        for fd in connections { shutdown(fd, Int32(SHUT_RDWR)) }
        state.broadcast()
        state.unlock()
        _ = threads.wait(timeout: .now() + 5)
    }

    private var isStopped: Bool {
        state.lock()
        defer { state.unlock() }
        return stopped
    }

    // MARK: Connections

    private func acceptLoop(_ fd: Int32) {
        defer { close(fd) }
        while !isStopped {
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 50) > 0 else { continue }
            let client = accept(fd, nil, nil)
            guard client >= 0 else { continue }
            Self.configure(client)
            state.lock()
            if stopped {
                state.unlock()
                close(client)
                break
            }
            connections.insert(client)
            state.unlock()
            threads.enter()
            let thread = Thread { [self] in
                serve(client)
                state.lock()
                connections.remove(client)
                state.unlock()
                close(client)
                threads.leave()
            }
            thread.start()
        }
    }

    private func serve(_ fd: Int32) {
        guard let request = readRequest(fd) else { return }
        state.lock()
        received.append(request)
        let handler = routes[request.path]
        state.unlock()
        let response = handler?(request) ?? .html("<title>Not found</title>", status: 404)
        guard wait(response.delay) else { return }
        answer(response, for: request.path, to: fd)
    }

    /// Waits unless the server stops first; false when it stopped.
    private func wait(_ delay: Duration) -> Bool {
        let parts = delay.components
        let deadline = Date().addingTimeInterval(Double(parts.seconds) + Double(parts.attoseconds) / 1e18)
        state.lock()
        defer { state.unlock() }
        while !stopped, Date() < deadline {
            _ = state.wait(until: deadline)
        }
        return !stopped
    }

    private func readRequest(_ fd: Int32) -> Request? {
        var buffer = [UInt8]()
        var chunk = [UInt8](repeating: 0, count: 4096)
        let terminator: [UInt8] = [13, 10, 13, 10]
        while buffer.count < 65_536 {
            let count = recv(fd, &chunk, chunk.count, 0)
            guard count > 0 else { return nil }
            buffer.append(contentsOf: chunk[0..<count])
            // Not HTTP (a TLS handshake, say): hang up rather than wait.
            guard let first = buffer.first, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(first) else { return nil }
            if let end = Self.find(terminator, in: buffer) {
                return Self.parse(String(decoding: buffer[0..<end], as: UTF8.self))
            }
        }
        return nil
    }

    private static func parse(_ head: String) -> Request? {
        let lines = head.components(separatedBy: "\r\n")
        let parts = lines.first?.split(separator: " ") ?? []
        guard parts.count == 3 else { return nil }
        let target = String(parts[1])
        let pieces = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Request(
            method: String(parts[0]), target: target, path: String(pieces[0]),
            query: pieces.count > 1 ? String(pieces[1]) : nil, headers: headers)
    }

    private func answer(_ response: Response, for path: String, to fd: Int32) {
        if let raw = response.raw {
            _ = Self.sendAll(fd, [UInt8](raw))
            return
        }
        var headers = response.headers
        headers["Connection"] = "close"
        switch response.body {
        case .bytes(let data):
            headers["Content-Length"] = String(data.count)
        case .generated(let count, _, _, let declareLength):
            if declareLength { headers["Content-Length"] = String(count) } else { headers["Transfer-Encoding"] = "chunked" }
        case .stalled(_, let declaredLength):
            headers["Content-Length"] = String(declaredLength)
        case .repeated(let head, let unit, let repeats, let tail, _, let declareLength):
            if declareLength, let repeats {
                headers["Content-Length"] = String(head.count + unit.count * repeats + tail.count)
            } else {
                headers["Transfer-Encoding"] = "chunked"
            }
        }
        var head = "HTTP/1.1 \(response.status) \(Self.reason(response.status))\r\n"
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) { head += "\(name): \(value)\r\n" }
        head += "\r\n"
        guard Self.sendAll(fd, Array(head.utf8)) else { return }

        switch response.body {
        case .bytes(let data):
            if Self.sendAll(fd, [UInt8](data)) { count(data.count, for: path) }
        case .generated(let total, let chunkSize, let pause, let declareLength):
            let full = [UInt8](repeating: UInt8(ascii: "x"), count: max(1, chunkSize))
            var remaining = total
            while remaining > 0, !isStopped {
                let size = min(remaining, full.count)
                let piece = size == full.count ? full : Array(full[0..<size])
                let framed = declareLength ? piece : Array("\(String(size, radix: 16))\r\n".utf8) + piece + [13, 10]
                guard Self.sendAll(fd, framed) else { return }
                count(size, for: path)
                remaining -= size
                if pause > .zero, remaining > 0, !wait(pause) { return }
            }
            if !declareLength { _ = Self.sendAll(fd, Array("0\r\n\r\n".utf8)) }
        case .stalled(let prefix, _):
            guard Self.sendAll(fd, [UInt8](prefix)) else { return }
            count(prefix.count, for: path)
            // Until stop() (which also shuts the socket down) or the client hangs up.
            while !isStopped {
                var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                if poll(&poller, 1, 50) > 0 {
                    var byte: UInt8 = 0
                    if recv(fd, &byte, 1, 0) <= 0 { return }
                }
            }
        case .repeated(let head, let unit, let repeats, let tail, let pause, let declareLength):
            let chunked = !(declareLength && repeats != nil)
            func send(_ piece: Data) -> Bool {
                guard !piece.isEmpty else { return true }
                let framed = chunked ? Data("\(String(piece.count, radix: 16))\r\n".utf8) + piece + Data("\r\n".utf8) : piece
                guard Self.sendAll(fd, [UInt8](framed)) else { return false }
                count(piece.count, for: path)
                return true
            }
            guard send(head) else { return }
            var sent = 0
            while repeats.map({ sent < $0 }) ?? true, !isStopped {
                guard send(unit) else { return }
                sent += 1
                if pause > .zero, !wait(pause) { return }
            }
            guard !isStopped, send(tail) else { return }
            if chunked { _ = Self.sendAll(fd, Array("0\r\n\r\n".utf8)) }
        }
    }

    private func count(_ bytes: Int, for path: String) {
        state.lock()
        sentBodyBytes[path, default: 0] += bytes
        state.unlock()
    }

    private static func reason(_ status: Int) -> String {
        switch status {
        case 200: return "OK"
        case 301: return "Moved Permanently"
        case 302: return "Found"
        case 404: return "Not Found"
        case 500: return "Internal Server Error"
        default: return "Status"
        }
    }

    // MARK: Sockets

    struct ServerError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    /// A TCP socket bound to 127.0.0.1 on a free port, not yet listening.
    private static func boundSocket() throws -> Int32 {
        #if os(Linux)
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw ServerError("socket failed: errno \(errno)") }
        var reuse: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &reuse, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            close(fd)
            throw ServerError("bind failed: errno \(errno)")
        }
        return fd
    }

    private static func localPort(of fd: Int32) -> Int {
        var address = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// Runs `body` with a port of 127.0.0.1 where nothing listens: the port
    /// is bound (so that nothing else takes it meanwhile) but not listening,
    /// so connecting is refused.
    static func withRefusingPort<T>(_ body: (Int) throws -> T) throws -> T {
        let fd = try boundSocket()
        defer { close(fd) }
        return try body(localPort(of: fd))
    }

    private static func configure(_ fd: Int32) {
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        #if !os(Linux)
            var noSignal: Int32 = 1
            setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &noSignal, socklen_t(MemoryLayout<Int32>.size))
        #endif
    }

    /// Writes everything, or stops at the first error (the client hung up).
    private static func sendAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        #if os(Linux)
            let flags = Int32(MSG_NOSIGNAL)
        #else
            let flags: Int32 = 0
        #endif
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                send(fd, buffer.baseAddress! + offset, bytes.count - offset, flags)
            }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return false }
            offset += written
        }
        return true
    }

    private static func find(_ pattern: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= pattern.count else { return nil }
        for index in 0...(bytes.count - pattern.count) where bytes[index..<(index + pattern.count)].elementsEqual(pattern) {
            return index
        }
        return nil
    }
}

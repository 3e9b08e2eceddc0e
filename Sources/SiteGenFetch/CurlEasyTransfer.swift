import CCurl
import Foundation

/// libcurl's easy interface, one request per `perform`, redirects not followed
/// (`CurlFetch` checks each hop itself). The callbacks count what arrives
/// and stop the transfer at once when a limit is passed: the body after
/// decompression, as curl's own `--max-filesize` does since 8.20, and the
/// headers. One handle serves every hop of a fetch, so that a redirect to
/// the same server reuses its connection, as curl does when it follows one.
///
/// Used on one thread: `perform` blocks, and libcurl calls the callbacks on
/// that thread, inside it.
final class CurlEasyTransfer {
    /// Why a callback stopped the transfer; libcurl itself only reports a
    /// write error.
    enum Stop: Equatable {
        case bodyTooLarge
        case headersTooLarge
        /// A Content-Encoding other than gzip, which is all that is asked for.
        case unaskedCoding(String)
    }

    /// What one hop gave.
    struct Hop {
        var code: CURLcode
        var stop: Stop?
        var head: ResponseHead
        var body: Data
        /// libcurl's own words on a failure, for messages it adds to.
        var detail: String
        /// The Location header resolved against the hop's address, the way
        /// libcurl would follow it (nil when there is none).
        var redirectURL: String?
    }

    /// The most bytes of headers one request may bring (nginx's default
    /// `large_client_header_buffers` allows 32 KB for a request; twice that
    /// for an answer is generous and still small).
    static let headerLimit = 65_536

    /// Only gzip is asked for: universally served, and decoded by zlib in
    /// 32 KB windows. Brotli and zstd would let a server choose how much
    /// memory the decoder takes (a zstd frame can ask for 128 MB).
    static let acceptedCodings: Set<String> = ["gzip", "x-gzip"]

    /// curl_global_init must come before any other call and is not safe
    /// to run on two threads at once; a static is initialised exactly once.
    private static let globalInit: CURLcode = sitegen_curl_global_init()

    private let handle: UnsafeMutableRawPointer
    private let limits: FetchLimits
    private let errorBuffer: UnsafeMutablePointer<CChar>
    private var head = ResponseHead()
    private var body = Data()
    private var stop: Stop?
    /// A HEAD answer has no body: its Content-Length and Content-Encoding
    /// describe the page a GET would bring, and limit nothing.
    private var bodyless = false

    /// Nil when libcurl cannot start (out of memory, or its TLS library failed).
    init?(limits: FetchLimits) {
        guard Self.globalInit == CURLE_OK, let handle = curl_easy_init() else { return nil }
        self.handle = handle
        self.limits = limits
        errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE))
        configure()
    }

    deinit {
        curl_easy_cleanup(handle)
        errorBuffer.deallocate()
    }

    /// Sends `request` to `address`, which must end within
    /// `timeoutMilliseconds`, connecting included.
    func perform(_ request: HTTPRequest, at address: String, timeoutMilliseconds: Int) -> Hop {
        head = ResponseHead()
        body = Data()
        stop = nil
        bodyless = request.method == .head
        errorBuffer[0] = 0
        let timeout = max(1, timeoutMilliseconds)
        var code = sitegen_curl_setopt_string(handle, CURLOPT_URL, address)
        if code == CURLE_OK { code = sitegen_curl_setopt_long(handle, CURLOPT_TIMEOUT_MS, timeout) }
        if code == CURLE_OK { code = sitegen_curl_setopt_long(handle, CURLOPT_CONNECTTIMEOUT_MS, timeout) }
        if code == CURLE_OK { code = setMethod(of: request) }
        if code == CURLE_OK {
            code = sitegen_curl_setopt_string(handle, CURLOPT_USERAGENT, request.userAgent ?? HTTPTransport.userAgent)
        }
        // libcurl keeps a pointer to the list until the transfer ends.
        var headerList: UnsafeMutablePointer<curl_slist>?
        for (name, value) in request.headers.sorted(by: { $0.key < $1.key }) {
            headerList = curl_slist_append(headerList, "\(name): \(value)")
        }
        defer { curl_slist_free_all(headerList) }
        if code == CURLE_OK { code = sitegen_curl_setopt_pointer(handle, CURLOPT_HTTPHEADER, UnsafeMutableRawPointer(headerList)) }
        if code == CURLE_OK { code = curl_easy_perform(handle) }

        var status = 0
        if sitegen_curl_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &status) == CURLE_OK, head.status == 0 {
            head.status = status
        }
        var redirect: UnsafeMutablePointer<CChar>?
        _ = sitegen_curl_getinfo_string(handle, CURLINFO_REDIRECT_URL, &redirect)
        return Hop(
            code: code, stop: stop, head: head, body: body, detail: String(cString: errorBuffer),
            redirectURL: redirect.map { String(cString: $0) })
    }

    /// GET, HEAD (no body asked for) or POST (the body copied by libcurl).
    private func setMethod(of request: HTTPRequest) -> CURLcode {
        switch request.method {
        case .get:
            _ = sitegen_curl_setopt_long(handle, CURLOPT_NOBODY, 0)
            return sitegen_curl_setopt_long(handle, CURLOPT_HTTPGET, 1)
        case .head:
            return sitegen_curl_setopt_long(handle, CURLOPT_NOBODY, 1)
        case .post:
            _ = sitegen_curl_setopt_long(handle, CURLOPT_NOBODY, 0)
            let body = request.body ?? Data()
            let code = sitegen_curl_setopt_offset(handle, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.count))
            guard code == CURLE_OK else { return code }
            return body.withUnsafeBytes { bytes in
                // COPYPOSTFIELDS: libcurl keeps its own copy, as `body` does not outlive this call.
                let start = bytes.baseAddress ?? UnsafeRawPointer(("" as StaticString).utf8Start)
                return sitegen_curl_setopt_pointer(handle, CURLOPT_COPYPOSTFIELDS, UnsafeMutableRawPointer(mutating: start))
            }
        }
    }

    private func configure() {
        let context = Unmanaged.passUnretained(self).toOpaque()
        let options: [(CURLoption, Int)] = [
            (CURLOPT_NOSIGNAL, 1),  // no SIGALRM for timeouts: other threads run
            (CURLOPT_FOLLOWLOCATION, 0),
            (CURLOPT_NOPROGRESS, 1),
        ]
        for (option, value) in options { _ = sitegen_curl_setopt_long(handle, option, value) }
        _ = sitegen_curl_setopt_string(handle, CURLOPT_PROTOCOLS_STR, "http,https")
        _ = sitegen_curl_setopt_string(handle, CURLOPT_REDIR_PROTOCOLS_STR, "http,https")
        // Sends `Accept-Encoding: gzip` and has libcurl decode it, before
        // the write callback, which therefore counts the page itself.
        _ = sitegen_curl_setopt_string(handle, CURLOPT_ACCEPT_ENCODING, "gzip")
        _ = sitegen_curl_setopt_pointer(handle, CURLOPT_ERRORBUFFER, errorBuffer)

        _ = sitegen_curl_setopt_pointer(handle, CURLOPT_HEADERDATA, context)
        _ = sitegen_curl_setopt_header_function(handle) { line, size, count, context in
            guard let line, let context else { return 0 }
            let transfer = Unmanaged<CurlEasyTransfer>.fromOpaque(context).takeUnretainedValue()
            let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(line).assumingMemoryBound(to: UInt8.self), count: size * count)
            // Any count other than the one given makes libcurl abort.
            return transfer.receiveHeader(bytes) ? size * count : 0
        }
        _ = sitegen_curl_setopt_pointer(handle, CURLOPT_WRITEDATA, context)
        _ = sitegen_curl_setopt_write_function(handle) { data, size, count, context in
            guard let data, let context else { return 0 }
            let transfer = Unmanaged<CurlEasyTransfer>.fromOpaque(context).takeUnretainedValue()
            let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(data).assumingMemoryBound(to: UInt8.self), count: size * count)
            return transfer.receiveBody(bytes) ? size * count : 0
        }
    }

    /// False stops the transfer.
    private func receiveHeader(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        head.add(line)
        if head.byteCount > Self.headerLimit {
            stop = .headersTooLarge
            return false
        }
        guard head.isComplete, line.count <= 2, !bodyless else { return true }
        // The head is complete: refuse what cannot be read before any body.
        let codings = head.codings
        if let unasked = codings.first(where: { !Self.acceptedCodings.contains($0) }) {
            stop = .unaskedCoding(unasked)
            return false
        }
        // A declared length is the page's length only when nothing is compressed.
        if codings.isEmpty, let length = head.contentLength, length > limits.maxBytes {
            stop = .bodyTooLarge
            return false
        }
        return true
    }

    /// False stops the transfer. The bytes are the page's, after gzip.
    private func receiveBody(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard body.count + bytes.count <= limits.maxBytes else {
            stop = .bodyTooLarge
            return false
        }
        body.append(bytes)
        return true
    }
}

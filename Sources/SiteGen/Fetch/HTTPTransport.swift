import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One answer to a GET, once the limits were respected. Statuses other than
/// 2xx are answers too: what to make of them is the caller's business.
public struct HTTPResponse: Sendable {
    public var status: Int
    /// The `Content-Type` header as sent, parameters included.
    public var contentType: String?
    public var body: Data
    /// The address the answer came from, after redirects.
    public var finalURL: String

    public init(status: Int, contentType: String?, body: Data, finalURL: String) {
        self.status = status
        self.contentType = contentType
        self.body = body
        self.finalURL = finalURL
    }
}

/// The seam: tests may inject a fake; `.urlSession` is the real one.
///
/// `get` blocks until the answer is complete or a limit is passed, follows
/// only `http:` and `https:` redirects, and throws `FetchError` with a
/// one-line message naming the address.
public struct HTTPTransport: Sendable {
    public var get: @Sendable (_ url: URL, _ limits: FetchLimits) throws(FetchError) -> HTTPResponse

    public init(get: @escaping @Sendable (_ url: URL, _ limits: FetchLimits) throws(FetchError) -> HTTPResponse) {
        self.get = get
    }

    public static let urlSession = HTTPTransport { url, limits throws(FetchError) in
        try SessionDownload.get(url, limits: limits)
    }

    static let userAgent = "sitegen (press add --fetch)"

    static func isWeb(_ url: URL) -> Bool {
        guard let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https" else { return false }
        return !(url.host ?? "").isEmpty
    }
}

extension HTTPTransport {
    /// One request through its own URLSession, whose delegate sees every
    /// redirect and every piece of the body, so that limits are enforced as
    /// the bytes arrive rather than after the whole body is in memory.
    ///
    /// The delegate's callbacks run on a serial queue; the caller's thread
    /// waits on a semaphore and may cancel on its deadline, so the shared
    /// state is behind a lock.
    ///
    /// On Linux, cancelling waits for libcurl's read loop to yield, so a
    /// server faster than the delegate (loopback) may have sent some more
    /// before the connection closes; the body kept never exceeds the limit.
    fileprivate final class SessionDownload: NSObject, URLSessionDataDelegate, @unchecked Sendable {
        private let url: URL
        private let limits: FetchLimits
        private let lock = NSLock()
        private let finished = DispatchSemaphore(value: 0)
        private var redirects = 0
        private var response: HTTPURLResponse?
        private var body = Data()
        private var failure: FetchError?

        /// The delegate's callbacks run on a serial queue of their own. On
        /// Linux, an `OperationQueue` otherwise runs on the global dispatch
        /// pool, which has as many threads as cores and does not grow when
        /// they block: callers that wait on a semaphore from that pool (Swift
        /// concurrency's threads, such as a test's) starve the delegate,
        /// which then sees the whole body only after libcurl has read it.
        /// (`underlyingQueue` is unowned, hence one queue that lives forever.)
        private static let delegateDispatchQueue = DispatchQueue(label: "sitegen.fetch.delegate")

        private init(url: URL, limits: FetchLimits) {
            self.url = url
            self.limits = limits
        }

        static func get(_ url: URL, limits: FetchLimits) throws(FetchError) -> HTTPResponse {
            guard HTTPTransport.isWeb(url) else {
                throw FetchError("\(url.absoluteString) is not an http: or https: address")
            }
            let download = SessionDownload(url: url, limits: limits)
            let seconds = limits.timeoutSeconds
            // swift-corelibs-foundation truncates these to whole seconds, so
            // they are rounded up here (a backstop); the exact deadline is the
            // semaphore's below.
            let wholeSeconds = max(1, seconds.rounded(.up))

            let configuration = URLSessionConfiguration.ephemeral
            configuration.timeoutIntervalForRequest = wholeSeconds
            configuration.timeoutIntervalForResource = wholeSeconds
            configuration.urlCache = nil
            configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
            configuration.httpCookieStorage = nil
            configuration.httpShouldSetCookies = false
            configuration.httpAdditionalHeaders = ["User-Agent": HTTPTransport.userAgent]

            let queue = OperationQueue()
            queue.maxConcurrentOperationCount = 1
            queue.underlyingQueue = delegateDispatchQueue
            let session = URLSession(configuration: configuration, delegate: download, delegateQueue: queue)
            defer { session.invalidateAndCancel() }

            var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: wholeSeconds)
            request.httpMethod = "GET"
            request.setValue(HTTPTransport.userAgent, forHTTPHeaderField: "User-Agent")
            let task = session.dataTask(with: request)
            task.resume()

            if download.finished.wait(timeout: .now() + seconds) == .timedOut {
                download.fail(FetchError("\(url.absoluteString) did not answer within \(limits.timeoutDescription)"))
                task.cancel()
                // Let the cancellation close the connection before returning;
                // the answer does not depend on it.
                _ = download.finished.wait(timeout: .now() + 2)
            }
            return try download.result()
        }

        private func result() throws(FetchError) -> HTTPResponse {
            lock.lock()
            defer { lock.unlock() }
            if let failure { throw failure }
            guard let response else {
                throw FetchError("\(url.absoluteString) sent no answer")
            }
            return HTTPResponse(
                status: response.statusCode,
                contentType: response.value(forHTTPHeaderField: "Content-Type"),
                body: body,
                finalURL: response.url?.absoluteString ?? url.absoluteString)
        }

        /// Keeps the first failure: a cancellation that follows it must not
        /// replace the reason with "cancelled".
        private func fail(_ error: FetchError) {
            lock.lock()
            if failure == nil { failure = error }
            lock.unlock()
        }

        private var hasFailed: Bool {
            lock.lock()
            defer { lock.unlock() }
            return failure != nil
        }

        private var tooLarge: FetchError {
            FetchError("\(url.absoluteString) is larger than \(limits.maxBytesDescription)")
        }

        func urlSession(
            _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
            newRequest request: URLRequest, completionHandler: @Sendable @escaping (URLRequest?) -> Void
        ) {
            lock.lock()
            redirects += 1
            let count = redirects
            lock.unlock()
            guard count <= limits.maxRedirects else {
                fail(FetchError("more than \(limits.maxRedirects) redirects from \(url.absoluteString)"))
                // Declining the redirect completes the task with the 3xx
                // answer; cancelling here as well races with that and can
                // trap inside swift-corelibs-foundation.
                completionHandler(nil)
                return
            }
            // The Location header is resolved here rather than trusting
            // `request.url`: swift-corelibs-foundation turns a `file:///etc/passwd`
            // target into `http://same-host/etc/passwd`, and resolves relative
            // paths against the host's root instead of the current path.
            let location = response.value(forHTTPHeaderField: "Location") ?? ""
            let target = URL(string: location, relativeTo: response.url ?? request.url)?.absoluteURL ?? request.url
            guard let target, HTTPTransport.isWeb(target) else {
                let shown = location.isEmpty ? (request.url?.absoluteString ?? "?") : location
                fail(FetchError("\(url.absoluteString) redirects to \(Self.oneLine(shown)), which is not an http: or https: address"))
                completionHandler(nil)
                return
            }
            var next = request
            next.url = target
            completionHandler(next)
        }

        func urlSession(
            _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
            completionHandler: @Sendable @escaping (URLSession.ResponseDisposition) -> Void
        ) {
            guard let http = response as? HTTPURLResponse else {
                fail(FetchError("\(url.absoluteString) did not answer in HTTP"))
                completionHandler(.cancel)
                dataTask.cancel()
                return
            }
            lock.lock()
            self.response = http
            body = Data()
            lock.unlock()
            // A declared length over the limit fails before any body is read.
            if http.expectedContentLength > Int64(limits.maxBytes) {
                fail(tooLarge)
                completionHandler(.cancel)
                dataTask.cancel()
                return
            }
            completionHandler(.allow)
        }

        func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
            guard !hasFailed else { return }
            lock.lock()
            let fits = body.count + data.count <= limits.maxBytes
            if fits { body.append(data) }
            lock.unlock()
            if !fits {
                fail(tooLarge)
                dataTask.cancel()
            }
        }

        func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
            if let error {
                fail(describe(error))
            }
            lock.lock()
            if response == nil, let http = task.response as? HTTPURLResponse {
                response = http
            }
            lock.unlock()
            finished.signal()
        }

        private func describe(_ error: Error) -> FetchError {
            let address = url.absoluteString
            let host = url.host ?? address
            guard let urlError = error as? URLError else {
                return FetchError("could not fetch \(address): \(Self.oneLine(error.localizedDescription))")
            }
            switch urlError.code {
            case .timedOut:
                return FetchError("\(address) did not answer within \(limits.timeoutDescription)")
            case .cannotConnectToHost:
                return FetchError("could not connect to \(address) (nothing answers at \(host)\(url.port.map { ":\($0)" } ?? ""))")
            case .cannotFindHost, .dnsLookupFailed:
                return FetchError("could not find the server \(host) of \(address); check the address")
            case .notConnectedToInternet:
                return FetchError("could not fetch \(address): no network connection")
            case .networkConnectionLost:
                return FetchError("the connection to \(host) was lost while fetching \(address)")
            case .secureConnectionFailed, .serverCertificateHasBadDate, .serverCertificateUntrusted,
                .serverCertificateHasUnknownRoot, .serverCertificateNotYetValid, .clientCertificateRejected,
                .clientCertificateRequired:
                return FetchError("could not make a secure connection to \(host) for \(address)")
            case .httpTooManyRedirects:
                return FetchError("more than \(limits.maxRedirects) redirects from \(address)")
            case .badServerResponse, .cannotParseResponse, .cannotDecodeRawData, .cannotDecodeContentData:
                return FetchError("\(host) sent an invalid answer for \(address)")
            case .dataLengthExceedsMaximum:
                return tooLarge
            case .cancelled:
                return FetchError("fetching \(address) was cancelled")
            default:
                return FetchError("could not fetch \(address) (URL error \(urlError.code.rawValue))")
            }
        }

        private static func oneLine(_ text: String) -> String {
            String(text.prefix(200).map { $0.isNewline || $0.asciiValue.map { $0 < 32 } == true ? " " : $0 })
        }
    }
}

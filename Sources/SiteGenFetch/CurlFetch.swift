import Foundation

/// A request through libcurl that follows redirects itself, one hop at a time,
/// as a browser's fetch does: each hop's address is checked (`http:` or
/// `https:` only), the hops are counted, all of them share one deadline, and
/// a failure names the address that failed and, after a redirect, the one
/// that was asked for.
struct CurlFetch {
    var limits: FetchLimits

    /// The statuses libcurl and browsers follow; 300 and 304 are answers.
    static let redirectStatuses: Set<Int> = [301, 302, 303, 307, 308]

    func send(_ first: HTTPRequest) throws(FetchError) -> HTTPResponse {
        let url = first.url
        guard HTTPTransport.isWeb(url) else {
            throw FetchError("\(url.absoluteString) is not an http: or https: address", kind: .badAddress)
        }
        if let name = first.unsafeHeader {
            throw FetchError("the header \(FetchError.oneLine(name)) holds a line break", kind: .badAddress)
        }
        guard let transfer = CurlEasyTransfer(limits: limits) else {
            throw FetchError("could not fetch \(url.absoluteString): libcurl could not start")
        }
        let clock = ContinuousClock()
        let deadline = clock.now + limits.timeout
        var place = FetchPlace(url: url)
        var request = first
        var redirects: [HTTPResponse.Redirect] = []
        while true {
            let remaining = (deadline - clock.now).components
            let milliseconds = Int(remaining.seconds) * 1000 + Int(remaining.attoseconds / 1_000_000_000_000_000)
            guard milliseconds > 0 else {
                throw FetchError("\(place.shown) did not answer within \(limits.timeoutDescription)", kind: .timeout)
            }
            let hop = transfer.perform(request, at: place.address, timeoutMilliseconds: milliseconds)
            if let failure = FetchError(hop, at: place, limits: limits) { throw failure }
            guard Self.redirectStatuses.contains(hop.head.status), let location = hop.head.location, !location.isEmpty else {
                return HTTPResponse(
                    status: hop.head.status, contentType: hop.head.contentType, body: hop.body,
                    finalURL: place.address, headers: hop.head.fields, redirects: redirects)
            }
            // A loop is caught here too, as the hops run out.
            guard redirects.count < limits.maxRedirects else {
                throw FetchError("more than \(limits.maxRedirects) redirects from \(url.absoluteString)", kind: .redirects)
            }
            redirects.append(HTTPResponse.Redirect(address: place.address, status: hop.head.status))
            let target = try Self.target(of: location, resolved: hop.redirectURL, at: place)
            request = request.redirected(to: target, status: hop.head.status)
            place = FetchPlace(url: target, redirectedFrom: url)
        }
    }

    /// The next hop's address, or an error when it is not an `http:` or
    /// `https:` address.
    static func target(of location: String, resolved: String?, at place: FetchPlace) throws(FetchError) -> URL {
        let refused = FetchError(
            "\(place.shown) redirects to \(FetchError.oneLine(location)), which is not an http: or https: address", kind: .badAddress)
        // A Location with a scheme of its own is judged by it: libcurl
        // resolves `javascript:alert(1)` as a path on the same server.
        if let scheme = scheme(of: location), scheme != "http", scheme != "https" { throw refused }
        let target = resolved.flatMap { URL(string: $0) } ?? URL(string: location, relativeTo: place.url)?.absoluteURL
        guard let target, HTTPTransport.isWeb(target) else { throw refused }
        return target
    }

    /// `https` from `HTTPS://a.example/`, nil for a relative reference
    /// (RFC 3986: a letter, then letters, digits, `+`, `-`, `.`, then `:`).
    static func scheme(of reference: String) -> String? {
        guard let colon = reference.firstIndex(of: ":") else { return nil }
        let name = reference[..<colon]
        guard let first = name.first, first.isASCII, first.isLetter,
            name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
        else { return nil }
        return name.lowercased()
    }
}

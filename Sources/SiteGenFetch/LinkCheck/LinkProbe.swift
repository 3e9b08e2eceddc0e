import Foundation

/// Asks one address: HEAD first, which costs the server no page, then GET
/// when HEAD's answer is not a 2xx, since many servers answer HEAD wrongly
/// (405, 501, 403, 404, 400, LinkedIn's 999) while the page is there. A 404
/// thus costs two requests.
///
/// Not asked again with GET: a 429 (the server asked to wait, and asking
/// again at once is what it asked not to do), and failures that a GET would
/// only repeat (a name that does not exist, a timeout, TLS, a redirect loop).
///
/// A GET's body is read up to `maxBytes`: a larger page is classified by its
/// status as if it had been read (a 50 MB PDF of status 200 is `ok`), since
/// the link checker needs the body only to recognise Cloudflare's small
/// challenge page.
struct LinkProbe: Sendable {
    var transport: HTTPTransport
    var userAgent: String
    var limits: FetchLimits
    var now: @Sendable () -> Date

    func check(_ address: String) -> LinkCheckResult {
        let url: URL
        do throws(FetchError) {
            url = try LinkAddress.webURL(address)
        } catch {
            return classifier(address).classify(error)
        }
        var headAnswer: HTTPResponse?
        do throws(FetchError) {
            let answer = try transport.send(HTTPRequest(url: url, method: .head, userAgent: userAgent), limits)
            if (200..<300).contains(answer.status) || answer.status == 429 { return classifier(address).classify(answer) }
            headAnswer = answer
        } catch {
            guard Self.worthAGet(error) else { return classifier(address).classify(error) }
        }
        do throws(FetchError) {
            let answer = try transport.send(HTTPRequest(url: url, method: .get, userAgent: userAgent), limits)
            return classifier(address).classify(answer)
        } catch {
            guard error.kind == .tooLarge, let status = error.status else { return classifier(address).classify(error) }
            // HEAD went the same way: its redirects tell where the page is.
            let cut = HTTPResponse(
                status: status, contentType: nil, body: Data(), finalURL: headAnswer?.finalURL ?? url.absoluteString,
                redirects: headAnswer?.redirects ?? [])
            return classifier(address).classify(cut, bodyCut: true)
        }
    }

    /// A server that mishandles HEAD may drop the connection or send
    /// garbage; a GET can still work.
    static func worthAGet(_ failure: FetchError) -> Bool {
        switch failure.kind {
        case .connection, .other: return true
        case .unknownHost, .timeout, .tls, .tooLarge, .redirects, .badAddress: return false
        }
    }

    /// Made when the answer came, so that `checkedAt` is when it came, in
    /// whole seconds (as the cache's dates keep them).
    private func classifier(_ address: String) -> LinkClassifier {
        let seconds = now().timeIntervalSince1970.rounded(.down)
        return LinkClassifier(url: address, now: Date(timeIntervalSince1970: seconds), limits: limits)
    }
}

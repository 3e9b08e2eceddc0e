import Foundation

/// Asks the Wayback Machine's availability API for the capture of a page
/// closest to now, so that a press mention can link an archived copy.
public struct ArchiveLookup: Sendable {
    public var baseURL: String
    public var limits: FetchLimits
    public var transport: HTTPTransport

    /// baseURL: "https://archive.org" in real use; tests pass the local server's "http://127.0.0.1:PORT".
    public init(
        baseURL: String = "https://archive.org",
        limits: FetchLimits = FetchLimits(timeout: .seconds(10), maxBytes: 1_000_000, maxRedirects: 2),
        transport: HTTPTransport = .live
    ) {
        self.baseURL = baseURL
        self.limits = limits
        self.transport = transport
    }

    /// Asks GET {baseURL}/wayback/available?url={url percent-encoded} and returns the closest capture's
    /// address (always rewritten to https://), or nil when there is none. Throws FetchError on network/JSON failure.
    public func closestCapture(of url: String) throws(FetchError) -> String? {
        let base = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        let query = "\(base)/wayback/available?url=\(Self.queryValue(url))"
        guard let address = URL(string: query), HTTPTransport.isWeb(address) else {
            throw FetchError("\"\(baseURL)\" is not an http: or https: address for the Wayback Machine")
        }
        let response = try transport.get(address, limits)
        guard (200..<300).contains(response.status) else {
            throw FetchError("HTTP \(response.status) from the Wayback Machine (\(address.absoluteString)); try again later")
        }
        guard let json = try? JSONSerialization.jsonObject(with: response.body),
            let answer = json as? [String: Any], let snapshots = answer["archived_snapshots"]
        else {
            throw FetchError("the Wayback Machine's answer for \(url) is not the expected JSON (\(address.absoluteString))")
        }
        guard let closest = (snapshots as? [String: Any])?["closest"] as? [String: Any] else { return nil }
        return Self.capture(closest)
    }

    /// The capture's address, if it is one to link: available, a 2xx status
    /// when one is given, an http(s) address with a host (made https).
    static func capture(_ closest: [String: Any]) -> String? {
        guard closest["available"] as? Bool == true else { return nil }
        if let status = closest["status"] {
            guard "\(status)".hasPrefix("2") else { return nil }
        }
        guard let text = closest["url"] as? String, var components = URLComponents(string: text),
            let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = components.host, !host.isEmpty
        else { return nil }
        components.scheme = "https"
        return components.string
    }

    /// The article's address as one query value: everything but the
    /// unreserved characters percent-encoded, `&`, `#`, `=`, `?`, `+` included.
    static func queryValue(_ text: String) -> String {
        var unreserved = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        unreserved.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
    }
}

/// The limits DNS puts on a host name (RFC 1035): 63 bytes a label, 253 in
/// all, counted in the ASCII form the name travels in (`xn--...`).
enum HostName {
    /// Why the host cannot exist, in words that follow the quoted address; nil when it can.
    static func problem(_ asciiHost: String) -> String? {
        var host = Substring(asciiHost)
        if host.hasSuffix(".") { host = host.dropLast() }
        for label in host.split(separator: ".", omittingEmptySubsequences: false) {
            if label.isEmpty { return "has an empty part in its host (two dots in a row)" }
            if label.utf8.count > 63 {
                return "has a part of \(label.utf8.count) characters in its host; each part between dots holds at most 63"
            }
        }
        if host.utf8.count > 253 {
            return "has a host of \(host.utf8.count) characters; a host name holds at most 253"
        }
        return nil
    }

    /// `host` is `domain` or one of its subdomains: `www.x.com` is within
    /// `x.com`, `notx.com` and `x.com.example` are not.
    static func isWithin(_ host: String, domain: String) -> Bool {
        host == domain || host.hasSuffix("." + domain)
    }
}

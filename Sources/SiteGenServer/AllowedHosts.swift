import NIOHTTP1

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The host names the preview answers to. A page of another site can point
/// its own name at 127.0.0.1 (DNS rebinding) and then read the preview as
/// if it were its own; its requests still carry its name in `Host`, so any
/// name but these is refused. The rule is webpack-dev-server's and Vite's
/// (`allowedHosts: "auto"`): `localhost` and its subdomains, any IP address
/// (a rebinding needs a name), and the address given with `--host`; the
/// port is not compared, so that a forwarded port still works.
struct AllowedHosts: Sendable {
    /// The address the server listens on, as given with `--host`.
    let listeningOn: String

    init(listeningOn: String) {
        self.listeningOn = Self.normalized(listeningOn)
    }

    /// nil when the request may be answered; otherwise the refusal: 400 for
    /// a missing (HTTP/1.1), repeated or malformed `Host` (RFC 9112 §3.2),
    /// 421 Misdirected Request for another name (RFC 9110 §15.5.20; Vite and
    /// webpack-dev-server answer 403).
    func refusal(for head: HTTPRequestHead) -> HTTPAnswer? {
        let values = head.headers["host"]
        guard values.count <= 1 else { return .plain(400, "Bad request: more than one Host header.") }
        guard let value = values.first else {
            return head.version.major == 1 && head.version.minor == 0 ? nil : .plain(400, "Bad request: an HTTP/1.1 request needs a Host header.")
        }
        guard let name = Self.hostName(value) else { return .plain(400, "Bad request: the Host header is not a host name.") }
        if isAllowed(name) { return nil }
        return .plain(
            421,
            """
            Misdirected request: this preview answers to localhost, 127.0.0.1 and [::1] (and the address given with --host), \
            not to "\(name)". A page of another site may be trying to read it.
            """)
    }

    func isAllowed(_ name: String) -> Bool {
        name == "localhost" || name.hasSuffix(".localhost") || name == listeningOn || Self.isIPAddress(name)
    }

    /// The name of a `Host` value without its port, in lower case, IPv6
    /// addresses without their brackets; nil when it is not `name[:port]`.
    static func hostName(_ value: String) -> String? {
        var rest = Substring(value.lowercased())
        var name: Substring
        if rest.hasPrefix("[") {
            guard let close = rest.firstIndex(of: "]") else { return nil }
            name = rest[rest.index(after: rest.startIndex)..<close]
            rest = rest[rest.index(after: close)...]
            guard isIPv6(String(name)) else { return nil }
        } else {
            let colon = rest.firstIndex(of: ":") ?? rest.endIndex
            name = rest[..<colon]
            rest = rest[colon...]
            let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789.-_")
            guard !name.isEmpty, name.allSatisfy({ allowed.contains($0) }) else { return nil }
        }
        if !rest.isEmpty {
            guard rest.first == ":", rest.count > 1, rest.count <= 6, rest.dropFirst().allSatisfy(\.isASCII), rest.dropFirst().allSatisfy(\.isNumber)
            else { return nil }
        }
        return normalized(String(name))
    }

    /// Lower case, without brackets or the trailing dot of a fully qualified name.
    private static func normalized(_ name: String) -> String {
        var name = name.lowercased()
        if name.hasPrefix("["), name.hasSuffix("]") { name = String(name.dropFirst().dropLast()) }
        if name.hasSuffix("."), name.count > 1 { name.removeLast() }
        return name
    }

    static func isIPAddress(_ name: String) -> Bool {
        var v4 = in_addr()
        return inet_pton(AF_INET, name, &v4) == 1 || isIPv6(name)
    }

    private static func isIPv6(_ name: String) -> Bool {
        var v6 = in6_addr()
        return inet_pton(AF_INET6, name, &v6) == 1
    }
}

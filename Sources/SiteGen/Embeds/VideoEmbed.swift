import Foundation
import SiteGenCore

/// A video on YouTube, Vimeo or a PeerTube server, recognised from the
/// address of its page as owners copy it from their browser or the
/// platform's "Share" button. Anything else, or an identifier of an odd
/// shape, is not a video: it stays the link the owner wrote.
struct VideoEmbed: Equatable, Sendable {
    enum Platform: Equatable, Sendable {
        case youTube
        case vimeo
        /// PeerTube is software anyone may host: the server is part of the video's identity.
        case peerTube(server: String)
    }

    var platform: Platform
    var id: String
    /// Where to start playing, in seconds (`?t=90`, `&t=1m30s`), YouTube only.
    var start: Int?
    /// The key of an unlisted Vimeo video (`vimeo.com/123/abcdef`), without which it does not play.
    var privateKey: String?

    var platformName: String {
        switch platform {
        case .youTube: "YouTube"
        case .vimeo: "Vimeo"
        case .peerTube: "PeerTube"
        }
    }

    /// The address of the platform's player, for `embeds: iframe`: YouTube's
    /// without cookies, and always `https:`, as an `http:` frame is blocked on
    /// an `https:` page.
    var playerAddress: String {
        switch platform {
        case .youTube:
            "https://www.youtube-nocookie.com/embed/\(id)" + (start.map { "?start=\($0)" } ?? "")
        case .vimeo:
            "https://player.vimeo.com/video/\(id)" + (privateKey.map { "?h=\($0)" } ?? "")
        case .peerTube(let server):
            "https://\(server)/videos/embed/\(id)"
        }
    }

    /// A start beyond a day is not one anybody means.
    static let longestStart = 86_400

    init?(address: String) {
        guard address.utf8.count <= 2_048, WebAddress.isValid(address), let components = URLComponents(string: address),
            let host = components.host?.lowercased()
        else { return nil }
        // Encoded: an identifier is plain letters and digits, never `%2F`.
        let path = components.percentEncodedPath.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map(String.init)
        let segments = path.last == "" ? Array(path.dropLast()) : path
        switch host {
        case "youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be", "www.youtube-nocookie.com", "youtube-nocookie.com":
            guard components.port == nil, let id = Self.youTubeID(host: host, segments, components.queryItems ?? []) else { return nil }
            self.init(platform: .youTube, id: id, start: Self.start(components.queryItems ?? []))
        case "vimeo.com", "www.vimeo.com", "player.vimeo.com":
            let numbered = host == "player.vimeo.com" ? (segments.first == "video" ? Array(segments.dropFirst()) : []) : segments
            guard components.port == nil, let id = numbered.first, Self.isVimeoID(id), numbered.count <= 2 else { return nil }
            let key = numbered.count == 2 ? numbered[1] : nil
            if let key, !Self.isVimeoKey(key) { return nil }
            self.init(platform: .vimeo, id: id, privateKey: key)
        default:
            guard let server = Self.peerTubeServer(components), let id = Self.peerTubeID(segments) else { return nil }
            self.init(platform: .peerTube(server: server), id: id)
        }
    }

    private init(platform: Platform, id: String, start: Int? = nil, privateKey: String? = nil) {
        self.platform = platform
        self.id = id
        self.start = start
        self.privateKey = privateKey
    }

    /// `watch?v=ID`, `youtu.be/ID`, `shorts/ID`, `embed/ID`: eleven letters, digits, `-` or `_`.
    private static func youTubeID(host: String, _ segments: [String], _ query: [URLQueryItem]) -> String? {
        let id: String?
        if host == "youtu.be" {
            id = segments.count == 1 ? segments[0] : nil
        } else if segments == ["watch"] {
            let values = query.filter { $0.name == "v" }
            id = values.count == 1 ? values[0].value : nil
        } else if segments.count == 2, segments[0] == "shorts" || segments[0] == "embed" {
            id = segments[1]
        } else {
            id = nil
        }
        guard let id, id.utf8.count == 11, id.utf8.allSatisfy({ isAlphanumeric($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") })
        else { return nil }
        return id
    }

    /// `t=90`, `t=90s`, `t=1m30s`, `t=1h2m3s` or `start=90`; anything else plays from the start.
    static func start(_ query: [URLQueryItem]) -> Int? {
        guard let value = query.first(where: { $0.name == "t" || $0.name == "start" })?.value, !value.isEmpty, value.utf8.count <= 12
        else { return nil }
        if let seconds = Int(value) { return (1...longestStart).contains(seconds) ? seconds : nil }
        var total = 0
        var number = 0
        var digits = 0
        var previousScale = Int.max
        for byte in value.utf8 {
            if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                number = number * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
                continue
            }
            let scale: Int
            switch byte {
            case UInt8(ascii: "h"): scale = 3_600
            case UInt8(ascii: "m"): scale = 60
            case UInt8(ascii: "s"): scale = 1
            default: return nil
            }
            // Each unit once, after its number, the largest first.
            guard digits > 0, scale < previousScale else { return nil }
            total += number * scale
            previousScale = scale
            number = 0
            digits = 0
        }
        guard digits == 0, total > 0, total <= longestStart else { return nil }
        return total
    }

    private static func isVimeoID(_ text: String) -> Bool {
        (1...12).contains(text.utf8.count) && text.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    private static func isVimeoKey(_ text: String) -> Bool {
        (6...32).contains(text.utf8.count) && text.utf8.allSatisfy(isAlphanumeric)
    }

    /// The server's host (and port), for any host but the big platforms'.
    private static func peerTubeServer(_ components: URLComponents) -> String? {
        guard let host = components.host?.lowercased(), host.contains("."),
            host.utf8.allSatisfy({ isAlphanumeric($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") })
        else { return nil }
        return components.port.map { "\(host):\($0)" } ?? host
    }

    /// `/w/ID` (a short id, or a UUID) or `/videos/watch/UUID`.
    private static func peerTubeID(_ segments: [String]) -> String? {
        if segments.count == 2, segments[0] == "w", isUUID(segments[1]) || isShortUUID(segments[1]) { return segments[1] }
        if segments.count == 3, segments[0] == "videos", segments[1] == "watch", isUUID(segments[2]) || isShortUUID(segments[2]) {
            return segments[2]
        }
        return nil
    }

    /// `9c9de5e8-0a1e-484a-b099-e80766180a6d`
    static func isUUID(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 36 else { return false }
        return bytes.indices.allSatisfy { index in
            [8, 13, 18, 23].contains(index) ? bytes[index] == UInt8(ascii: "-") : isHexDigit(bytes[index])
        }
    }

    /// A UUID in base 58, as PeerTube's short addresses write it (`kkGMgK9ZtnKfYAgnEtQxbv`).
    static func isShortUUID(_ text: String) -> Bool {
        let base58 = Set("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".utf8)
        return (18...22).contains(text.utf8.count) && text.utf8.allSatisfy(base58.contains)
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "f"))
    }
}

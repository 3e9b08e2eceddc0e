import Foundation

/// A photo, video or animated GIF of a tweet, as its `extended_entities`
/// describe it: where the archive keeps its file is derived from these.
struct XMediaEntity {
    enum Kind {
        case photo
        /// Videos and animated GIFs, which X stores as MP4 files.
        case video
    }

    var kind: Kind
    /// The `t.co` link the tweet's text carries for it.
    var shortLink: String?
    /// The name of the file the archive keeps it under, after the tweet's
    /// id and a hyphen: the photo's own name, or the name of the best video
    /// version. Nil when the archive does not say (older videos).
    var fileName: String?
    /// The description the owner wrote (`ext_alt_text`), when the archive has it.
    var alt: String?

    init?(_ object: [String: Any]) {
        switch JSONValue.string(object["type"]) {
        case "photo": kind = .photo
        case "video", "animated_gif": kind = .video
        default: return nil
        }
        shortLink = JSONValue.string(object["url"])
        if kind == .photo {
            fileName = (JSONValue.string(object["media_url_https"]) ?? JSONValue.string(object["media_url"])).flatMap(Self.fileName)
        } else {
            fileName = Self.bestVariant(JSONValue.object(object["video_info"])).flatMap(Self.fileName)
        }
        alt = JSONValue.string(object["ext_alt_text"])?.trimmingCharacters(in: .whitespacesAndNewlines)
        if alt?.isEmpty == true { alt = nil }
    }

    /// The address of the MP4 version with the highest bitrate: the one the
    /// archive saved. Streaming playlists (`.m3u8`) have no bitrate and are
    /// not files.
    private static func bestVariant(_ videoInfo: [String: Any]?) -> String? {
        var best: (bitrate: Int, address: String)?
        for variant in JSONValue.array(videoInfo?["variants"]).compactMap(JSONValue.object) {
            guard let address = JSONValue.string(variant["url"]) else { continue }
            let type = JSONValue.string(variant["content_type"])
            guard type == "video/mp4" || type == nil && fileName(address)?.hasSuffix(".mp4") == true else { continue }
            let bitrate = JSONValue.int(variant["bitrate"]) ?? 0
            if best == nil || bitrate > best!.bitrate { best = (bitrate, address) }
        }
        return best?.address
    }

    /// The last segment of an address's path, without its query:
    /// `https://video.twimg.com/…/vid/720x1280/AbC.mp4?tag=12` -> `AbC.mp4`.
    private static func fileName(_ address: String) -> String? {
        let path = address.split(separator: "?", maxSplits: 1).first.map(String.init) ?? address
        guard let name = path.split(separator: "/").last, !name.contains(":") else { return nil }
        return String(name)
    }
}

/// What a paragraph holding only the address of a video or of a map becomes
/// instead of a bare link: see `EmbedMarkup`.
enum Embed: Equatable, Sendable {
    case video(VideoEmbed)
    case map(MapEmbed)

    init?(address: String) {
        if let video = VideoEmbed(address: address) {
            self = .video(video)
        } else if let map = MapEmbed(address: address) {
            self = .map(map)
        } else {
            return nil
        }
    }

    var platformName: String {
        switch self {
        case .video(let video): video.platformName
        case .map: MapEmbed.platformName
        }
    }
}

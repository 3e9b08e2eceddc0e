/// The files of a Facebook export that sitegen reads, by their folder and
/// name, wherever the export put that folder: `posts/` before 2024,
/// `your_facebook_activity/posts/` since, `your_activity_across_facebook/posts/`
/// in some of 2022–23, each possibly under one more folder. Messages,
/// check-ins, places, friends and the rest are never read.
enum FacebookArchiveFile: Equatable {
    /// `your_posts_1.json`…, `your_posts__check_ins__photos_and_videos_1.json`… since 2024.
    case posts
    /// `your_uncategorized_photos.json`: photos posted on their own (`other_photos_v2`).
    case uncategorizedPhotos
    /// `your_videos.json` (`videos_v2`).
    case videos
    /// `profile_information/profile_information.json`, for the profile's address.
    case profile

    init?(path: String) {
        let parts = path.split(separator: "/")
        guard parts.count >= 2, let name = parts.last else { return nil }
        switch (parts[parts.count - 2], name) {
        case ("profile_information", "profile_information.json"): self = .profile
        case ("posts", "your_uncategorized_photos.json"): self = .uncategorizedPhotos
        case ("posts", "your_videos.json"): self = .videos
        case ("posts", _) where Self.isPostsFile(name): self = .posts
        default: return nil
        }
    }

    private static func isPostsFile(_ name: Substring) -> Bool {
        guard name.hasSuffix(".json") else { return false }
        let stem = name.dropLast(".json".count)
        for prefix in ["your_posts__check_ins__photos_and_videos", "your_posts"] where stem.hasPrefix(prefix) {
            let number = stem.dropFirst(prefix.count)
            return number.isEmpty || number.first == "_" && number.count > 1 && number.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }
        }
        return false
    }
}

/// Why a post of the export did not become a page, in the words of the
/// closing line ("17 skipped as not public").
enum SkipReason: String, Sendable, CaseIterable, Comparable {
    case notPublic = "not public"
    case reply = "replies to others"
    case repost = "boosts or reposts of others"
    case empty = "without text or photos"
    case unpublished = "not published"
    case outsideDates = "outside --since/--until"

    static func < (left: SkipReason, right: SkipReason) -> Bool {
        allCases.firstIndex(of: left)! < allCases.firstIndex(of: right)!
    }
}

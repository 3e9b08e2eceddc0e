/// How far an import has come, for a progress line on a terminal.
public struct ImportProgress: Sendable {
    public enum Stage: Sendable {
        /// Reading the export's list of files and its posts files.
        case reading
        /// Copying and cleaning photos and videos, writing pages.
        case writing
    }

    public var stage: Stage
    public var postsDone: Int
    public var postsTotal: Int
    public var bytesDone: Int64
}

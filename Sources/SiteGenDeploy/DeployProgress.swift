/// How far the uploads have come, for a progress bar.
public struct DeployProgress: Sendable, Equatable {
    public var filesDone: Int
    public var filesTotal: Int
    public var bytesDone: Int
    public var bytesTotal: Int
    /// The file just sent.
    public var lastPath: String
}

/// What the image step of a build did, for its report: a build with
/// unchanged photos decodes none.
public struct ImageWork: Sendable, Equatable {
    /// Raster images of `static/` the build published something of.
    public var images = 0
    /// Images decoded to make files the cache did not have.
    public var processed = 0
    /// Files made (variants, previews, originals without metadata).
    public var made = 0
    /// Files taken from the cache.
    public var reused = 0
}

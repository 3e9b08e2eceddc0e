/// A place in a page's Markdown body as libcmark-gfm counts it: the line of
/// the body and the column in bytes. Kept as it is for what is reported
/// only sometimes (a broken link to a part of a page, `sitegen check`'s
/// findings), and turned into a file position by `MarkdownPositions` then.
struct MarkdownPosition: Sendable, Hashable {
    var line: Int
    var byteColumn: Int
}

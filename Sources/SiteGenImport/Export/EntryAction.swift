/// What a scan of an export does with one file's bytes.
enum EntryAction: Sendable, Equatable {
    /// Not needed: never read into memory nor written anywhere.
    case skip
    /// Read into memory, refused beyond `limit` bytes (a posts file).
    case read(limit: Int)
    /// Streamed into a new file at `path` (a photo); the file must not exist.
    case copy(to: String, limit: Int64)
}

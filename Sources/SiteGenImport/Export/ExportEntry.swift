/// One file of an export: its path inside the export, which part of a split
/// export holds it, and its size when the archive says it.
struct ExportEntry: Sendable, Hashable {
    /// Normalised: relative, `/`-separated, no `.`, `..` or empty components.
    var path: String
    /// Index into the export's parts.
    var part: Int
    var declaredSize: Int64?
}

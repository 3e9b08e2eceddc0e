/// What a scan of an export asks of its caller for each file: what to do
/// with it, where its bytes go once read, and a note for each file passed
/// over with the reason (a symbolic link, a name that is no text).
struct ExportScanner {
    var action: (ExportEntry) throws -> EntryAction
    var deliver: (ExportEntry, EntryContent) throws -> Void
    var passOver: (_ name: String, _ reason: String) -> Void
}

import Foundation

/// The bytes of a file that a scan read or copied, as its `EntryAction` asked.
enum EntryContent: Sendable {
    case data(Data)
    case file(path: String, bytes: Int64)
}

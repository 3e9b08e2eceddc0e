/// Every file of an export by path, with its size when known, and the
/// documents (posts and profile files) that the format asked to read.
struct ExportListing: Sendable {
    var sizes: [String: Int64] = [:]
    var documents: [String: [UInt8]] = [:]
    /// Files passed over, with the reason (links, unreadable names).
    var passedOver: [String] = []

    func contains(_ path: String) -> Bool { sizes[path] != nil }
}

import Foundation

/// Carries out an `EntryAction` on one file's bytes, whatever reads them (an
/// archive or a folder): into memory under its limit, or into a new file
/// that is removed again when the copy fails.
enum EntryDelivery {
    /// Reads the entry's bytes block by block, refusing more than `limit`
    /// bytes, and returns how many there were.
    typealias BlockReader = (_ limit: Int64, _ consume: (UnsafeBufferPointer<UInt8>) throws -> Void) throws -> Int64

    static func perform(_ action: EntryAction, on entry: ExportEntry, readBlocks: BlockReader, scanner: ExportScanner) throws {
        switch action {
        case .skip:
            return
        case .read(let limit):
            if let declared = entry.declaredSize, declared > limit {
                throw ImportError.documentTooLarge(entry.path, size: declared, limit: limit)
            }
            var data = Data()
            data.reserveCapacity(Int(min(entry.declaredSize ?? 0, Int64(limit))))
            _ = try readBlocks(Int64(limit)) { data.append($0) }
            try scanner.deliver(entry, .data(data))
        case .copy(let destination, let limit):
            if let declared = entry.declaredSize, declared > limit {
                throw ImportError.documentTooLarge(entry.path, size: declared, limit: Int(clamping: limit))
            }
            let output = try NewFile(path: destination)
            let bytes: Int64
            do {
                bytes = try readBlocks(limit) { try output.write($0) }
                try output.finish()
            } catch {
                output.abandon()
                throw error
            }
            try scanner.deliver(entry, .file(path: destination, bytes: bytes))
        }
    }
}

/// Counts the bytes a scan decompresses, against the limits: in all, and per
/// byte of the archive they come from, which is how a bomb shows itself
/// before it has filled anything.
struct ByteBudget {
    let limits: ExportLimits
    private(set) var produced: Int64 = 0

    init(limits: ExportLimits) {
        self.limits = limits
    }

    /// Adds `count` bytes decompressed from `partProduced` bytes so far of a
    /// part whose archive file weighs `archiveBytes`.
    mutating func add(_ count: Int, partProduced: Int64, archiveBytes: Int64, name: String) throws {
        produced += Int64(count)
        if produced > limits.maximumTotalBytes { throw ImportError.tooLarge(name, limit: limits.maximumTotalBytes) }
        if partProduced > limits.ratioFloorBytes, partProduced > limits.maximumRatio * max(archiveBytes, 1) {
            throw ImportError.bomb(name, produced: partProduced, archiveBytes: archiveBytes, ratio: limits.maximumRatio)
        }
    }

    /// What the archive's headers say its files weigh, all added up: an
    /// archive that says it unpacks to more than the limit is refused
    /// before anything is read, even in a pass that skips its files.
    private(set) var declared: Int64 = 0

    /// Refuses at once an entry whose declared size cannot fit, alone or with the others.
    mutating func check(declared size: Int64, archiveBytes: Int64, name: String) throws {
        declared += max(size, 0)
        if declared > limits.maximumTotalBytes || produced + size > limits.maximumTotalBytes {
            throw ImportError.tooLarge(name, limit: limits.maximumTotalBytes)
        }
        if size > limits.ratioFloorBytes, size > limits.maximumRatio * max(archiveBytes, 1) {
            throw ImportError.bomb(name, produced: size, archiveBytes: archiveBytes, ratio: limits.maximumRatio)
        }
    }
}

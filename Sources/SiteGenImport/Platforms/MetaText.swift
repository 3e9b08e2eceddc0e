/// Meta's exports (Instagram, Facebook) write each UTF-8 byte of a text as
/// its own `\u00XX` escape, so "🍓" reads "\u00f0\u009f\u008d\u0093" once
/// parsed. Such a string is re-read as the bytes it spells; a string that
/// is not (already correct text, or real Latin-1) is kept as it is.
enum MetaText {
    static func repaired(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.unicodeScalars.count)
        var sawHigh = false
        for scalar in text.unicodeScalars {
            guard scalar.value <= 0xFF else { return text }
            if scalar.value >= 0x80 { sawHigh = true }
            bytes.append(UInt8(scalar.value))
        }
        guard sawHigh, let decoded = String(validating: bytes, as: UTF8.self) else { return text }
        return decoded
    }
}

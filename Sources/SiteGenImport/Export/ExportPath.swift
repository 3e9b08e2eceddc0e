/// The checks on an entry name before sitegen believes it: names are read
/// from the archive, so they may try to leave it (`../`, `/etc/`), hide a NUL,
/// or be made of bytes that are no text at all.
enum ExportPath {
    enum Verdict: Equatable {
        case file(String)
        /// A name that leads outside the export: the whole export is refused.
        case escapes
        /// A name that is not a plain relative path; skipped with the reason.
        case unreadable(String)
    }

    static func check(_ raw: String) -> Verdict {
        if raw.hasPrefix("/") || raw.hasPrefix("\\") { return .escapes }
        if raw.utf8.contains(0) { return .unreadable("contains a NUL byte") }
        // Windows-made zips may use backslashes as separators.
        let unified = raw.replacingOccurrences(of: "\\", with: "/")
        if unified.count >= 2, unified.dropFirst().first == ":", unified.first!.isLetter { return .escapes }
        var parts: [Substring] = []
        for part in unified.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." { return .escapes }
            parts.append(part)
        }
        guard !parts.isEmpty else { return .unreadable("has an empty name") }
        if raw.unicodeScalars.contains(where: isControl) { return .unreadable("contains control characters") }
        return .file(parts.joined(separator: "/"))
    }

    /// The name as a message may show it: control characters (which could
    /// move the cursor or retitle the owner's terminal) written as `\u{1B}`.
    static func printable(_ raw: String) -> String {
        var text = ""
        for scalar in raw.unicodeScalars {
            if isControl(scalar) {
                text += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                text.unicodeScalars.append(scalar)
            }
        }
        return text
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control
    }
}

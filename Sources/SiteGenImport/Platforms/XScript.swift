/// The data files of an X archive are scripts, not JSON: each assigns a
/// list to a variable (`window.YTD.tweets.part0 = [ … ]`) whose name has
/// changed between years. Everything up to the first `=` is dropped and the
/// rest parsed as JSON.
enum XScript {
    /// The items of the file's list, each taken out of its wrapper
    /// (`{"tweet": {…}}`) when it has one; older archives have none.
    static func items(_ bytes: [UInt8], path: String, wrapper: String) throws -> [[String: Any]] {
        let document = try JSONDocument.parse(Array(json(in: bytes)), path: path)
        return JSONValue.array(document).compactMap(JSONValue.object).map { item in
            JSONValue.object(item[wrapper]) ?? item
        }
    }

    /// The bytes after the assignment. A file that already starts with JSON
    /// (someone cleaned it by hand) is kept whole, since its text may hold
    /// an `=` of its own.
    private static func json(in bytes: [UInt8]) -> ArraySlice<UInt8> {
        let whitespace: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D]
        let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
        var start = bytes.starts(with: byteOrderMark) ? byteOrderMark.count : 0
        while start < bytes.count, whitespace.contains(bytes[start]) { start += 1 }
        if start < bytes.count, bytes[start] == UInt8(ascii: "[") || bytes[start] == UInt8(ascii: "{") { return bytes[start...] }
        guard let equals = bytes.firstIndex(of: UInt8(ascii: "=")) else { return bytes[start...] }
        return bytes[(equals + 1)...]
    }
}

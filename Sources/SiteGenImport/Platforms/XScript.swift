/// The data files of an X archive are scripts, not JSON: each assigns a
/// list to a variable (`window.YTD.tweets.part0 = [ … ]`) whose name has
/// changed between years. Everything up to the first `=` is blanked out and the
/// rest parsed as JSON.
enum XScript {
    /// The items of the file's list, each taken out of its wrapper
    /// (`{"tweet": {…}}`) when it has one; older archives have none.
    static func items(_ bytes: [UInt8], path: String, wrapper: String) throws -> [[String: Any]] {
        let document = try JSONDocument.parse(json(in: bytes), path: path)
        return JSONValue.array(document).compactMap(JSONValue.object).map { item in
            JSONValue.object(item[wrapper]) ?? item
        }
    }

    /// The file with the assignment blanked out (spaces in place of its
    /// bytes, so that the line and column of a parse error are the file's
    /// own). A file that already starts with JSON (someone cleaned it by
    /// hand) is kept whole, since its text may hold an `=` of its own.
    private static func json(in bytes: [UInt8]) -> [UInt8] {
        let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
        let start = bytes.starts(with: byteOrderMark) ? byteOrderMark.count : 0
        let first = bytes[start...].first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
        guard first != UInt8(ascii: "[") && first != UInt8(ascii: "{"), let equals = bytes.firstIndex(of: UInt8(ascii: "=")) else {
            return Array(bytes[start...])
        }
        var blanked = bytes
        for index in 0...equals where blanked[index] != 0x0A { blanked[index] = 0x20 }
        return blanked
    }
}

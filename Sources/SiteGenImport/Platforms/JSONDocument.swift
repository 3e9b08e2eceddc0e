import Foundation

/// A JSON file of an export, parsed with Foundation's parser (which refuses
/// documents nested deeper than it can handle), read as loosely typed
/// values: exports change shape between years, so a missing or odd field
/// is a post skipped, never a crash.
enum JSONDocument {
    static func parse(_ bytes: [UInt8], path: String) throws -> Any {
        do {
            return try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        } catch {
            throw ImportError.invalidDocument(path, detail: "not valid JSON (\(Self.reason(error, in: bytes)))")
        }
    }

    /// Foundation's message, with the line and column of the byte it names when it names one.
    private static func reason(_ error: Error, in bytes: [UInt8]) -> String {
        let nsError = error as NSError
        let message = (nsError.userInfo[NSDebugDescriptionErrorKey] as? String) ?? nsError.localizedDescription
        // Foundation on Linux names the byte only in its message: "Invalid value around character 55."
        let index =
            nsError.userInfo["NSJSONSerializationErrorIndex"] as? Int
            ?? message.firstMatch(of: /character (\d+)/).flatMap { Int($0.1) }
        if let index, index <= bytes.count {
            let before = bytes[..<index]
            let line = before.filter { $0 == 10 }.count + 1
            let column = index - (before.lastIndex(of: 10).map { $0 + 1 } ?? 0) + 1
            return "line \(line), column \(column): \(message)"
        }
        return message
    }
}

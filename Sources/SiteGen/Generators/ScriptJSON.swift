import Foundation

/// JSON for a `<script type="application/ld+json">` element, written by hand
/// because `JSONSerialization`'s `.sortedKeys` compares every pair of keys
/// through an ICU collator: with a `BlogPosting` on every post, that was
/// 12 % of a 1,000-page build. The bytes are exactly those of
/// `JSONSerialization` with `[.sortedKeys, .withoutEscapingSlashes]`, then
/// `<` written `\u003c` so that no value can close the element
/// (`ScriptJSONTests` compares the two over generated objects).
///
/// It takes what the JSON-LD generators build: strings, `Bool`, `Int`,
/// `Double`, arrays and `[String: Any]` dictionaries.
enum ScriptJSON {
    static func encode(_ object: [String: Any]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(1024)
        guard write(object, into: &output) else { return "{}" }
        return String(decoding: output, as: UTF8.self)
    }

    /// False for a value JSON cannot hold (JSONSerialization throws on it,
    /// and the generators then wrote `{}`).
    private static func write(_ value: Any, into output: inout [UInt8]) -> Bool {
        switch value {
        case let string as String:
            writeString(string, into: &output)
        case let bool as Bool:
            output.append(contentsOf: bool ? Array("true".utf8) : Array("false".utf8))
        case let integer as Int:
            output.append(contentsOf: String(integer).utf8)
        case let array as [Any]:
            output.append(UInt8(ascii: "["))
            for (index, element) in array.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                guard write(element, into: &output) else { return false }
            }
            output.append(UInt8(ascii: "]"))
        case let dictionary as [String: Any]:
            output.append(UInt8(ascii: "{"))
            for (index, key) in sortedKeys(of: dictionary).enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                writeString(key, into: &output)
                output.append(UInt8(ascii: ":"))
                guard let element = dictionary[key], write(element, into: &output) else { return false }
            }
            output.append(UInt8(ascii: "}"))
        case let number as Double:
            guard number.isFinite else { return false }
            var text = number.description
            if text.hasSuffix(".0") { text.removeLast(2) }
            output.append(contentsOf: text.utf8)
        default:
            return false
        }
        return true
    }

    /// JSONSerialization's escapes: `"`, `\`, the control characters (short
    /// forms where JSON has them), nothing else; plus `<` for the script element.
    private static func writeString(_ string: String, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case UInt8(ascii: "<"): output.append(contentsOf: Array("\\u003c".utf8))
            case 0x08: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
            case 0x0C: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
            case 0x0A: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0x00..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                output.append(contentsOf: Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }

    /// JSONSerialization sorts with `compare(_:options: [.numeric,
    /// .caseInsensitive, .forcedOrdering], locale: .system)`. For keys made of
    /// ASCII letters and `@` (every key the generators write) that order is
    /// the byte order of the lower-cased keys, which costs no collator; any
    /// other key set takes Foundation's comparison itself.
    private static func sortedKeys(of dictionary: [String: Any]) -> [String] {
        let keys = Array(dictionary.keys)
        let lowered = keys.map { key in key.utf8.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 | 0x20 : $0 } }
        let simple = keys.allSatisfy { key in
            key.utf8.allSatisfy { $0 == UInt8(ascii: "@") || ($0 | 0x20 >= UInt8(ascii: "a") && $0 | 0x20 <= UInt8(ascii: "z")) }
        }
        if simple, Set(lowered).count == keys.count {
            return zip(keys, lowered).sorted { $0.1.lexicographicallyPrecedes($1.1) }.map(\.0)
        }
        return keys.sorted { first, second in
            first.compare(
                second, options: [.numeric, .caseInsensitive, .forcedOrdering], range: first.startIndex..<first.endIndex,
                locale: Locale(identifier: ""))
                == .orderedAscending
        }
    }
}

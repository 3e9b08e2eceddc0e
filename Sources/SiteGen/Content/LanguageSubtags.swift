/// The parts of a language tag that choose a site's words and its writing
/// direction: `az-Arab-IR` is Azerbaijani (`az`) in Arabic script (`Arab`)
/// as written in Iran (`IR`). `pt_BR` reads as `pt-BR`, since owners write both.
/// Only the text is read; what the parts mean is `LanguageData`'s business.
struct LanguageSubtags: Equatable {
    /// Lower case: `pt`; empty when the tag is.
    var language: String
    /// Title case, when the tag names one: `Arab`.
    var script: String?
    /// Upper case (`BR`) or three digits (`419`), when the tag names one.
    var region: String?

    init(_ tag: String) {
        // A language tag is short; a longer text is no tag, and is not read whole.
        let parts = tag.prefix(64).split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        language = parts.first?.lowercased() ?? ""
        for part in parts.dropFirst() {
            // A singleton starts the extensions (`-u-ca-...`) or the private use (`-x-...`).
            if part.count == 1 { break }
            if script == nil, region == nil, part.count == 4, part.allSatisfy({ $0.isASCII && $0.isLetter }) {
                script = part.prefix(1).uppercased() + part.dropFirst().lowercased()
            } else if region == nil, Self.isRegion(part) {
                region = part.uppercased()
            }
        }
    }

    private static func isRegion(_ part: String) -> Bool {
        (part.count == 2 && part.allSatisfy { $0.isASCII && $0.isLetter }) || (part.count == 3 && part.allSatisfy { $0.isASCII && $0.isNumber })
    }
}

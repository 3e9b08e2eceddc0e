/// BCP 47 language tags as owners write them: `fr`, `en-GB`, `pt-BR`, `zh-Hant`.
package enum LanguageTag {
    package static func isValid(_ tag: String) -> Bool {
        tag.split(separator: "-", omittingEmptySubsequences: false).enumerated().allSatisfy { index, part in
            (index == 0 ? (2...3).contains(part.count) : (2...8).contains(part.count))
                && part.allSatisfy { $0.isASCII && ($0.isLetter || (index > 0 && $0.isNumber)) }
        }
    }
}

import Foundation

/// Where sitegen finds a language's dates and day names: its own tables for
/// the six languages it had first, so that their sites keep their exact
/// bytes; the system's locale data (ICU, through Foundation) for the others;
/// English when ICU has none.
///
/// ICU never says that it lacks a language: it answers with the machine's
/// own language (`xx` comes out in French where `LANG=fr_FR`) or with
/// placeholders (`M05` for May in Dhivehi, which ICU can name but not date).
/// `system` only ever holds a locale ICU has real calendar words for, so that
/// every machine builds the same bytes.
enum LanguageData: Equatable {
    /// `en`, `fr`, `de`, `es`, `it` or `nl`.
    case handMade(String)
    case system(Locale)
    /// Neither: the words are English.
    case unknown

    static let handMadeLanguages: Set<String> = ["en", "fr", "de", "es", "it", "nl"]

    init(language: String) {
        let code = Self.languageCode(language)
        if Self.handMadeLanguages.contains(code) {
            self = .handMade(code)
        } else if let identifier = Self.availableIdentifier(language), Self.hasCalendarWords(Locale(identifier: identifier)) {
            self = .system(Locale(identifier: identifier))
        } else {
            self = .unknown
        }
    }

    /// The language of a tag as ICU spells it: `fr` for `fr-BE`, `he` for
    /// the old `iw`, `fr` for `fra`; the tag's first part as written when ICU
    /// does not know it.
    static func languageCode(_ tag: String) -> String {
        let written = LanguageSubtags(tag).language
        guard !handMadeLanguages.contains(written), isLanguageSubtag(written) else { return written }
        return Locale.Language(identifier: canonicalIdentifier(tag)).languageCode?.identifier ?? written
    }

    /// The tag as ICU names its locales (`pt_BR`, `he` for `iw`), without
    /// extensions or variants.
    static func canonicalIdentifier(_ tag: String) -> String {
        let subtags = LanguageSubtags(tag)
        let written = [subtags.language, subtags.script, subtags.region].compactMap { $0 }.joined(separator: "_")
        return Locale(identifier: written).identifier(.icu)
    }

    /// The nearest locale ICU has data for, written in the same script: `zh_Hant_TW`
    /// for `zh-TW`, `pl` for `pl-XX`; nil for `az-Arab`, since ICU only has
    /// Azerbaijani in Latin letters, and for languages ICU does not know.
    static func availableIdentifier(_ tag: String) -> String? {
        let language = LanguageSubtags(tag).language
        guard isLanguageSubtag(language), language != "und" else { return nil }
        let canonical = canonicalIdentifier(tag)
        if availableIdentifiers.contains(canonical) { return canonical }
        let likely = LanguageSubtags(Locale.Language(identifier: canonical).maximalIdentifier)
        guard let script = likely.script else { return nil }
        let candidates = [
            [likely.language, script, likely.region], [likely.language, script], [likely.language, likely.region], [likely.language],
        ]
        return candidates.map { $0.compactMap { $0 }.joined(separator: "_") }.first { candidate in
            availableIdentifiers.contains(candidate) && LanguageSubtags(Locale.Language(identifier: candidate).maximalIdentifier).script == script
        }
    }

    /// Gregorian, in UTC: a content date is a day of the calendar, the same
    /// wherever the site is built, whatever calendar the language prefers
    /// (`ar-SA`'s Islamic one, `uz-Arab`'s Persian one).
    static func calendar(for locale: Locale) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        calendar.locale = locale
        return calendar
    }

    private static let availableIdentifiers = Set(Locale.availableIdentifiers)

    /// ICU's placeholders for the months of a locale without calendar words.
    private static let placeholderMonths = (1...12).map { $0 < 10 ? "M0\($0)" : "M\($0)" }

    private static func hasCalendarWords(_ locale: Locale) -> Bool {
        let calendar = calendar(for: locale)
        return calendar.monthSymbols.count == 12 && calendar.monthSymbols != placeholderMonths && calendar.standaloneWeekdaySymbols.count == 7
    }

    /// Two or three letters: anything else (`x-klingon`, a sentence) ICU would
    /// still turn into some locale.
    private static func isLanguageSubtag(_ text: String) -> Bool {
        (2...3).contains(text.count) && text.allSatisfy { $0.isASCII && $0.isLetter }
    }
}

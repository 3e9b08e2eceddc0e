import Foundation

/// A language's name in its own words, for the language switcher: "Français",
/// "English", "العربية", "Nederlands", "Português (Brasil)" for `pt-BR`.
enum LanguageNames {
    /// ICU's name, its first letter capitalised as the language itself does
    /// (ICU writes "français" and "nederlands", as in a sentence); nil when
    /// ICU has no data for the language, rather than a name in the machine's
    /// own language (see `LanguageData`).
    static func ownName(language: String) -> String? {
        guard let identifier = LanguageData.availableIdentifier(language) else { return nil }
        let locale = Locale(identifier: identifier)
        let canonical = LanguageData.canonicalIdentifier(language)
        // ICU has no name for a tag with a region it does not know (`fr-XX`); the language's is right still.
        let name =
            [locale.localizedString(forIdentifier: canonical), locale.localizedString(forLanguageCode: LanguageData.languageCode(language))]
            .compactMap { $0 }.first { !$0.isEmpty && $0 != canonical }
        guard let name else { return nil }
        return name.prefix(1).uppercased(with: locale) + name.dropFirst()
    }
}

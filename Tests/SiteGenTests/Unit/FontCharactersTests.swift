import Testing

@testable import SiteGen

/// The characters the web fonts keep, from the site's language.
@Suite("Unit: the characters of a site's web fonts")
struct FontCharactersTests {
    @Test func westernLanguagesKeepTheirLettersAndNotTheRestOfLatinExtendedA() {
        for language in ["fr", "en", "nl-BE", "de", "es", "it", "FR-ca"] {
            let characters = FontCharacters.forLanguages([language])
            #expect(characters == .westernEuropean, "\(language)")
            for letter in "aZ0€œŒŸĳĲéßñàç«»’–—…\u{202F}\u{A0}".unicodeScalars {
                #expect(characters.contains(letter), "\(language): \(letter)")
            }
            #expect(!characters.contains("ł"), "\(language)")
            #expect(!characters.contains("ő"), "\(language)")
        }
    }

    @Test func otherLanguagesKeepAllOfLatinExtendedA() {
        for language in ["pl", "cs", "hu", "tr", "cy", "ro", "el", ""] {
            let characters = FontCharacters.forLanguages([language])
            #expect(characters == .latin, "\(language)")
            for letter in "łőčşğŵœ€".unicodeScalars { #expect(characters.contains(letter), "\(language): \(letter)") }
        }
    }

    /// Several languages (issue 16) take what every one of them needs.
    @Test func aSiteInSeveralLanguagesTakesTheWidest() {
        #expect(FontCharacters.forLanguages(["fr", "nl"]) == .westernEuropean)
        #expect(FontCharacters.forLanguages(["fr", "pl"]) == .latin)
    }

    @Test func theRangesAreWrittenAsCSSAndFontToolsReadThem() {
        #expect(
            FontCharacters.westernEuropean.unicodeRange
                == "U+0020-007E, U+00A0-00FF, U+0132-0133, U+0152-0153, U+0160-0161, U+0178, U+017D-017E, U+02C6, U+02DC, U+2000-206F, U+20AC, U+2122"
        )
        #expect(FontCharacters.latin.unicodeRange.hasPrefix("U+0020-007E, U+00A0-017F, "))
    }
}

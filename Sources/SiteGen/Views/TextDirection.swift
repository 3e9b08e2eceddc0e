/// Which way a language is written, for `<html dir>`: `rtl` for Arabic,
/// Hebrew, Persian, Urdu and the other languages written in their scripts,
/// `ltr` for the rest. A script in the tag decides (`az-Arab` and `pa-Arab`
/// are right to left, `ar-Latn` left to right); without one, the language.
/// From a list rather than from ICU, whose answer for a language it has no
/// data for would be the machine's own; the list is ICU's own, checked
/// against every locale it has.
enum TextDirection {
    static func of(language: String) -> String {
        let subtags = LanguageSubtags(language)
        if let script = subtags.script { return rightToLeftScripts.contains(script) ? "rtl" : "ltr" }
        return rightToLeftLanguages.contains(subtags.language) ? "rtl" : "ltr"
    }

    /// Languages whose usual script is one of `rightToLeftScripts`, with
    /// the old codes of Hebrew (`iw`) and Yiddish (`ji`).
    static let rightToLeftLanguages: Set<String> = [
        "ar", "ckb", "dv", "fa", "he", "iw", "ji", "ks", "lrc", "mid", "mzn", "nqo", "ps", "rhg", "sd", "syr", "ug", "ur", "yi",
    ]

    /// Arabic (and its Nastaliq style), Hebrew, Thaana, Syriac, N’Ko, Adlam, Hanifi Rohingya, Mandaic.
    static let rightToLeftScripts: Set<String> = ["Arab", "Aran", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Rohg", "Mand"]
}

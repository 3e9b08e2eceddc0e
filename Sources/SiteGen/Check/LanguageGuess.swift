/// A guess at the language of a page's text, among the languages whose
/// words sitegen knows, from the short words every text of a language is
/// full of. Enough to notice a page left in English on a Dutch site; not a
/// language detector, so it stays quiet on short or mixed text.
enum LanguageGuess {
    /// Frequent function words; a word shared by several languages ("de",
    /// "la", "in") counts for each, and the others decide.
    static let words: [String: Set<String>] = [
        "en": [
            "the", "and", "of", "to", "is", "that", "for", "with", "you", "are", "we", "our", "this", "on", "it", "be", "at", "have", "from", "your",
            "not", "by", "or", "was", "will", "can", "a",
        ],
        "fr": [
            "le", "la", "les", "et", "des", "du", "un", "une", "est", "que", "pour", "dans", "nous", "vous", "sur", "pas", "avec", "au", "ce", "qui",
            "sont", "par", "plus", "notre", "nos", "votre", "aux",
        ],
        "nl": [
            "de", "het", "een", "en", "van", "is", "dat", "op", "te", "voor", "met", "zijn", "niet", "wij", "we", "je", "ons", "onze", "ook", "bij",
            "aan", "naar", "er", "maar", "om", "als", "wordt", "heeft",
        ],
        "de": [
            "der", "die", "das", "und", "ist", "nicht", "mit", "für", "den", "dem", "ein", "eine", "auf", "wir", "sie", "es", "zu", "von", "bei",
            "auch", "sich", "im", "unsere", "unser", "ihr", "oder", "wird",
        ],
        "es": [
            "el", "la", "los", "las", "y", "de", "que", "en", "un", "una", "es", "por", "con", "para", "no", "del", "se", "al", "nuestro", "nuestra",
            "lo", "como", "más", "está", "son",
        ],
        "it": [
            "il", "la", "di", "e", "che", "è", "per", "un", "una", "non", "con", "del", "della", "i", "le", "gli", "sono", "da", "al", "alla",
            "nostro", "nostra", "anche", "come", "più",
        ],
    ]

    /// Fewer words than this say too little.
    static let minimumWords = 40

    /// The language `text` is clearly written in, when it is not `expected`;
    /// nil when it is, when the text is short, or when no language stands out.
    static func otherLanguage(of text: String, expected: String) -> String? {
        let expectedCode = String(expected.lowercased().prefix(2))
        guard words[expectedCode] != nil else { return nil }
        let tokens = text.lowercased().split { !$0.isLetter }.map(String.init)
        guard tokens.count >= minimumWords else { return nil }
        var scores: [String: Int] = [:]
        for token in tokens {
            for (language, list) in words where list.contains(token) { scores[language, default: 0] += 1 }
        }
        guard let (best, score) = scores.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }), best != expectedCode else { return nil }
        let expectedScore = scores[expectedCode] ?? 0
        // Clearly: a fifth of the words are the other language's, and twice as many as the site's own.
        guard score * 5 >= tokens.count, score >= expectedScore * 2 else { return nil }
        return best
    }
}
